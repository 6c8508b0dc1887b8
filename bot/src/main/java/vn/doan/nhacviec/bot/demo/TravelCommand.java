package vn.doan.nhacviec.bot.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.scheduler.reminder.MissedOccurrences;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.scheduler.reminder.RunSummary;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Demo only ({@code nhacviec.demo.enabled=true}): {@code /tua 7} moves the demo clock to the send
 * time of the day 7 days ahead and does what the jobs would do then (plan, then remind), so a
 * user sees the reminders of a due date without waiting for it. Without the demo the command
 * does not exist.
 */
@Component
@ConditionalOnProperty(name = "nhacviec.demo.enabled", havingValue = "true")
class TravelCommand implements BotCommand {

    static final int MAX_DAYS = 366;
    private static final ZoneId VIETNAM = VietnamTime.ZONE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final DemoClock clock;
    private final OccurrencePlanner planner;
    private final MissedOccurrences missed;
    private final ReminderRun reminders;
    private final ReminderSettings settings;

    TravelCommand(DemoClock clock, OccurrencePlanner planner, MissedOccurrences missed, ReminderRun reminders,
                  ReminderSettings settings) {
        this.clock = clock;
        this.planner = planner;
        this.missed = missed;
        this.reminders = reminders;
        this.settings = settings;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("tua", "travel", Access.ADMIN);
    }

    @Override
    public void handle(CommandContext context) {
        String args = context.args().strip();
        if (!args.matches("\\d{1,3}") || Integer.parseInt(args) < 1 || Integer.parseInt(args) > MAX_DAYS) {
            context.replyKey("travel.usage", MAX_DAYS);
            return;
        }
        Instant now = clock.instant();
        Instant target = LocalDate.ofInstant(now, VIETNAM).plusDays(Integer.parseInt(args))
                .atTime(settings.calendar().sendTime()).atZone(VIETNAM).toInstant();
        clock.advance(Duration.between(now, target));
        context.replyKey("travel.arrived", target.atZone(VIETNAM).format(WHEN));
        planner.planAhead();
        missed.markAt(clock.instant());
        if (settings.calendar().quietDays().isQuiet(target.atZone(VIETNAM).toLocalDate())) {
            context.replyKey("travel.quiet");
            return;
        }
        RunSummary run = reminders.runAt(clock.instant());
        context.replyKey("travel.ran", run.messages());
    }
}
