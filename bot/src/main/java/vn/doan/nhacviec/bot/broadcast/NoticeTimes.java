package vn.doan.nhacviec.bot.broadcast;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.time.VietnamTime;

/** Instants of notices as people read them, in Vietnam time: "17:00 27/11/2026", or "hết ngày 27/11/2026" for midnight. */
@Component
class NoticeTimes {

    static final ZoneId ZONE = VietnamTime.ZONE;
    private static final DateTimeFormatter TIME_AND_DAY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Messages messages;

    NoticeTimes(Messages messages) {
        this.messages = messages;
    }

    String format(Locale locale, Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZONE);
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return messages.get(locale, "notice.endOfDay", local.toLocalDate().minusDays(1).format(DAY));
        }
        return local.format(TIME_AND_DAY);
    }
}
