package vn.doan.nhacviec.bot.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.scheduler.reminder.LunarCalendar;
import vn.doan.nhacviec.scheduler.reminder.QuietDays;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.data.time.VietnamTime;

/** {@code /lich}: the quiet days of the coming twelve months, on which the bot sends nothing on its own. */
@Component
class QuietDaysCommand implements BotCommand {

    private static final ZoneId VIETNAM = VietnamTime.ZONE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ReminderSettings settings;
    private final Clock clock;

    QuietDaysCommand(ReminderSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("lich", "calendar", Access.ANYONE);
    }

    @Override
    public void handle(CommandContext context) {
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        LocalDate last = today.plusYears(1).minusDays(1);
        QuietDays quiet = settings.calendar().quietDays();
        List<String> lines = new ArrayList<>();
        for (List<LocalDate> run : runs(quiet.between(today, last))) {
            LocalDate first = run.get(0);
            LocalDate end = run.get(run.size() - 1);
            String days = first.equals(end) ? first.format(DAY) : first.format(DAY) + " – " + end.format(DAY);
            lines.add(context.text("quietDays.line", days, LunarCalendar.lunarDayMonth(first)));
        }
        if (lines.isEmpty()) {
            context.replyKey("quietDays.none", today.format(DAY), last.format(DAY));
            return;
        }
        context.replyKey("quietDays.list", today.format(DAY), last.format(DAY), String.join("\n", lines));
    }

    private static List<List<LocalDate>> runs(List<LocalDate> days) {
        List<List<LocalDate>> runs = new ArrayList<>();
        for (LocalDate day : days) {
            List<LocalDate> current = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (current != null && current.get(current.size() - 1).plusDays(1).equals(day)) {
                current.add(day);
            } else {
                runs.add(new ArrayList<>(List.of(day)));
            }
        }
        return runs;
    }
}
