/** Joining the tree: invites to a unit and a role, redeemed by deep link, by command or in a group; the first admin's claim code. */
package vn.doan.nhacviec.bot.onboarding;
