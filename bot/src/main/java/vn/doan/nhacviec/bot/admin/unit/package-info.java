/**
 * The unit tree from chat: add, rename, move (with the subtree), retire or merge, tag, import a
 * tree from CSV and export it. Every change needs an admin over the unit (for a move, also over the
 * new parent; for a merge, also over the unit merged into), keeps the unit's history and is audited
 * with the unit as it was and as it became.
 */
package vn.doan.nhacviec.bot.admin.unit;
