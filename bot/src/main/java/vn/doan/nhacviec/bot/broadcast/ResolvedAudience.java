package vn.doan.nhacviec.bot.broadcast;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.doan.nhacviec.data.notice.NoticeRecipient;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * The recipients of a notice as they stand now.
 *
 * @param sender      the staff member's unit the notice comes from (its subtree holds every recipient)
 * @param description the choice in words, e.g. "Tỉnh đoàn Tây Ninh · Chi đoàn · #bien_gioi"
 * @param unitIds     every active unit selected, with or without a chat
 * @param recipients  the active chats bound to them, one row per (chat, unit)
 */
record ResolvedAudience(Unit sender, String description, List<Long> unitIds, List<NoticeRecipient> recipients) {

    Set<Long> chatIds() {
        Set<Long> ids = new LinkedHashSet<>();
        recipients.forEach(r -> ids.add(r.chatId()));
        return ids;
    }

    int unitsWithChat() {
        return (int) recipients.stream().map(NoticeRecipient::unitId).distinct().count();
    }

    int unitsWithoutChat() {
        return unitIds.size() - unitsWithChat();
    }
}
