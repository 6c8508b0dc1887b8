package vn.doan.nhacviec.bot.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doan.nhacviec.bot.digest.WeeklyDigest;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.scheduler.reminder.MissedOccurrences;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Six weeks of the demo with the jobs run as the application runs them (planning at 00:30, the
 * reminder run and the digest at every checked hour of the day and night, around the window's edges)
 * and nobody answering; on Mondays the sending is down from 07:30 until 22:45 (an outage, a long
 * queue). Whatever the bot sends on its own arrives between 07:30 and 20:30 local time, never on a
 * quiet day (01/01): what was queued during the outage waits for Tuesday morning.
 */
@BotApplicationTest
class NothingProactiveAtNightTest {

    static final ZoneId VN = VietnamTime.ZONE;
    static final List<LocalTime> HOURS = List.of(LocalTime.of(0, 30), LocalTime.of(1, 15), LocalTime.of(6, 0), LocalTime.of(7, 29),
            LocalTime.of(7, 30), LocalTime.of(8, 0), LocalTime.of(12, 0), LocalTime.of(20, 29), LocalTime.of(20, 30),
            LocalTime.of(22, 45));

    @Autowired
    Terminal terminal;
    @Autowired
    MutableClock clock;
    @Autowired
    OccurrencePlanner planner;
    @Autowired
    MissedOccurrences missed;
    @Autowired
    ReminderRun reminders;
    @Autowired
    WeeklyDigest digest;

    record Delivered(ZonedDateTime at, CapturingSender.Sent sent) {
    }

    @Test
    void whatTheBotSendsOnItsOwnArrivesInsideTheWindowAndNotOnQuietDays() {
        terminal.flush();
        List<Delivered> delivered = new ArrayList<>();
        for (LocalDate day = LocalDate.of(2026, 11, 23); day.isBefore(LocalDate.of(2027, 1, 4)); day = day.plusDays(1)) {
            for (LocalTime time : HOURS) {
                Instant now = day.atTime(time).atZone(VN).toInstant();
                clock.set(now);
                if (time.equals(LocalTime.of(0, 30))) {
                    planner.planAhead();
                    missed.markAt(now);
                }
                reminders.runAt(now);
                digest.runAt(now);
                boolean outage = day.getDayOfWeek() == DayOfWeek.MONDAY && !time.isBefore(LocalTime.of(7, 30))
                        && time.isBefore(LocalTime.of(22, 0));
                if (!outage) {
                    terminal.flush().forEach(sent -> delivered.add(new Delivered(now.atZone(VN), sent)));
                }
            }
        }

        assertThat(delivered).allSatisfy(d -> {
            LocalTime local = d.at().toLocalTime();
            assertThat(local).as(d.sent().message().text()).isBetween(LocalTime.of(7, 30), LocalTime.of(20, 29));
            assertThat(d.at().toLocalDate()).isNotEqualTo(LocalDate.of(2027, 1, 1));
        });
        assertThat(delivered).anySatisfy(d -> assertThat(d.sent().message().text()).startsWith("🔔"));
        assertThat(delivered).anySatisfy(d -> assertThat(d.sent().message().text()).startsWith("🗓️ Tổng hợp tuần"));
        // the digests queued on Monday at 07:30 were still waiting when the window closed: Tuesday, 07:30
        assertThat(delivered).filteredOn(d -> d.sent().message().text().startsWith("🗓️")).isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.at().getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
                    assertThat(d.at().toLocalTime()).isEqualTo(LocalTime.of(7, 30));
                });
    }
}
