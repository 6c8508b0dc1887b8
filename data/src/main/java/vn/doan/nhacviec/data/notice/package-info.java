/**
 * Notices staff broadcast to part of the tree: the notice, the (chat, unit) pairs it was addressed
 * to, every message sent for it (the first send and the re-sends) and the acknowledgements; and the
 * query that turns a choice of subtrees, levels and tags into units and their chats.
 */
package vn.doan.nhacviec.data.notice;
