/**
 * People and their roles from chat: who holds which role at a unit and on which channels, revoking
 * a role, and handing a secretary's role to someone else. A role ends at once (roles are read for
 * every message); a secretary's or member's private chat stops receiving the unit's reminders with
 * it, and the new secretary's private chat starts. Inviting is {@code onboarding}'s {@code /moi}.
 */
package vn.doan.nhacviec.bot.admin.people;
