package vn.doan.nhacviec.scheduler.outbox;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.scheduler.reminder.SendingCalendar;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Checked again when a message is about to go out: a proactive message still unsent when the
 * recipient's window closes (an outage, a long queue) waits for the next opening instead of
 * arriving at night. Replies, and what the sender chose to send at any hour, go at once.
 */
final class SendingHours {

    static final ZoneId DEFAULT_ZONE = VietnamTime.ZONE;

    private final SendingCalendar calendar;

    SendingHours(SendingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The next opening of the window if {@code entry} may not go out at {@code now} in {@code zone}. */
    Optional<Instant> heldUntil(OutboxEntry entry, ZoneId zone, Instant now) {
        if (!entry.keepsToWindow()) {
            return Optional.empty();
        }
        Instant opening = calendar.nextOpening(now, zone == null ? DEFAULT_ZONE : zone);
        return opening.isAfter(now) ? Optional.of(opening) : Optional.empty();
    }
}
