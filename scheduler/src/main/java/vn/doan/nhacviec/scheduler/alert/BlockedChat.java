package vn.doan.nhacviec.scheduler.alert;

import java.util.List;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * A chat the bot can no longer write to.
 *
 * @param chatName its title, or for a private chat the person's name
 * @param units    the units whose reminders it received
 */
public record BlockedChat(String chatName, List<Unit> units) {
}
