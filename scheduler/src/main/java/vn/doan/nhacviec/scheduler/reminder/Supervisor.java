package vn.doan.nhacviec.scheduler.reminder;

import java.util.List;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.unit.Unit;

/** The unit that hears about another one (its parent, or the nearest ancestor with a chat) and its chats. */
public record Supervisor(Unit unit, List<Chat> chats) {
}
