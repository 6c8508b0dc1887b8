package vn.doan.nhacviec.scheduler.alert;

import java.util.List;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * A reminder that could not be delivered to a chat after every retry.
 *
 * @param chatName its title, or for a private chat the person's name
 * @param units    the units whose reminders it receives
 */
public record FailedDelivery(String chatName, List<Unit> units) {
}
