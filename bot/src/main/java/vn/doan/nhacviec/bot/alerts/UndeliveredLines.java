package vn.doan.nhacviec.bot.alerts;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.alert.Undelivered;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.time.VietnamTime;

/** One undelivered notice in a list: when (Vietnam time), which unit, what kind, and the start of what it said. */
final class UndeliveredLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM HH:mm").withZone(VietnamTime.ZONE);
    private static final int GIST = 160;

    private UndeliveredLines() {
    }

    static String line(Messages messages, Locale locale, Undelivered row, Unit unit) {
        String gist = row.summary().replaceAll("\\s*\\n\\s*", " / ").strip();
        if (gist.length() > GIST) {
            gist = gist.substring(0, GIST - 1) + "…";
        }
        return messages.get(locale, "undelivered.line", WHEN.format(row.createdAt()),
                unit == null ? "#" + row.unitId() : unit.name() + " [" + unit.code() + "]",
                messages.get(locale, "alerts.kind." + row.kind().name()), gist);
    }
}
