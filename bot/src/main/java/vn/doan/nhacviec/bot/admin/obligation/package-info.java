/**
 * The obligation catalogue from chat: list with sources, add or edit through a guided dialogue or
 * a YAML file in the catalogue's format, pause and resume.
 *
 * <p><b>Who may change what.</b> An obligation binds every matching unit in the subtree of its
 * plan's issuer, so only an admin over the issuer (the issuer is inside the admin's part of the
 * tree) may edit, pause or resume it, or add obligations to that plan. A district admin cannot
 * change what the province imposes; they add their own obligations, which go into their unit's own
 * plan ({@code CHAT-<UNIT>}, issued by their unit, so binding only their subtree).
 *
 * <p>A change is a new version of the definition: occurrences already created, past ones and their
 * status log are never rewritten; planning creates only future occurrences from the new version.
 * Obligations made or edited from chat survive restarts: the start-up import of
 * {@code config/catalog} only applies a file whose definition itself changed.
 */
package vn.doan.nhacviec.bot.admin.obligation;
