package vn.doan.nhacviec.scheduler.reminder;

import java.time.ZoneId;
import java.util.List;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.MessageKind;

/**
 * Everything one chat is to receive of one kind at one run: its units' due items (REMINDER) or the
 * late units it supervises (ESCALATION), in reading order.
 *
 * @param language the reader's language with the chat, a {@link vn.doan.nhacviec.data.chat.ReaderLanguage} tag ({@code vi-x-zalo})
 * @param zone the time zone of the unit the chat belongs to, whose sending hours the message keeps
 */
public record ChatReminder(Chat chat, String language, ZoneId zone, MessageKind kind, List<DueItem> items) {

    public ChatReminder {
        items = List.copyOf(items);
    }
}
