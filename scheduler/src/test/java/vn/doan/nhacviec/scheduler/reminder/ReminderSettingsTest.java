package vn.doan.nhacviec.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.FileSystemResource;
import vn.doan.nhacviec.data.time.VietnamTime;

/** The configuration of reminders: bound as written, checked at start-up with messages that name the key. */
class ReminderSettingsTest {

    static final ZoneId VN = VietnamTime.ZONE;

    final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ReminderConfiguration.class);

    @Test
    void theShippedConfigurationIsValid() throws IOException {
        var sources = new YamlPropertySourceLoader().load("application", new FileSystemResource("../config/application.yml"));
        ReminderProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("nhacviec.reminders", ReminderProperties.class).get();
        ReminderSettings settings = new ReminderSettings(properties);
        assertThat(settings.policyFor(null).daysBefore()).containsExactly(7, 3, 1);
        assertThat(settings.policyFor("nhe").daysBefore()).containsExactly(3);
        assertThat(settings.policyFor("nhe").escalate()).as("taken from the default policy").isTrue();
        assertThat(settings.calendar().sendTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(settings.calendar().quietDays().isQuiet(LocalDate.of(2031, 9, 2))).isTrue();
        assertThat(settings.calendar().quietDays().between(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28))).hasSize(6);
        assertThat(properties.jobs().store()).isEqualTo("memory");
    }

    @Test
    void namedPoliciesFallBackToTheDefaultForWhatTheyLeaveOut() {
        runner.withPropertyValues(
                        "nhacviec.reminders.default-policy.days-before=5,2",
                        "nhacviec.reminders.default-policy.overdue-times=2",
                        "nhacviec.reminders.policies.nhe.days-before=3",
                        "nhacviec.reminders.policies.nhe.escalate=false",
                        "nhacviec.reminders.quiet-days[0]=2027-02-05..2027-02-10",
                        "nhacviec.reminders.quiet-days[1]=09-02")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    ReminderSettings settings = context.getBean(ReminderSettings.class);
                    assertThat(settings.policyFor(null)).isEqualTo(new ReminderPolicy("default", List.of(5, 2), true, 3, 2, true));
                    assertThat(settings.policyFor("nhe")).isEqualTo(new ReminderPolicy("nhe", List.of(3), true, 3, 2, false));
                    assertThat(settings.policyFor("khong-co")).as("an unknown name falls back").isEqualTo(settings.policyFor(null));
                    assertThat(settings.maxDaysBefore()).isEqualTo(5);
                });
    }

    @Test
    void aWrongValueStopsTheStartNamingTheKey() {
        assertFailsNaming("nhacviec.reminders.send-time", "nhacviec.reminders.send-time=21:00");
        assertFailsNaming("nhacviec.reminders.window-start", "nhacviec.reminders.window-start=22:00");
        assertFailsNaming("nhacviec.reminders.missed-after-days", "nhacviec.reminders.missed-after-days=5");
        assertFailsNaming("nhacviec.reminders.quiet-days", "nhacviec.reminders.quiet-days[0]=30/04");
        assertFailsNaming("nhacviec.reminders.policies.gap.overdue-every-days", "nhacviec.reminders.policies.gap.overdue-every-days=0");
        assertFailsNaming("nhacviec.reminders.default-policy.days-before", "nhacviec.reminders.default-policy.days-before=0");
    }

    private void assertFailsNaming(String key, String property) {
        runner.withPropertyValues(property).run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining(key));
    }

    @Test
    void theCalendarKeepsMessagesInsideTheWindowOfTheReader() {
        SendingCalendar calendar = new ReminderSettings(new ReminderProperties(null, null, null, null, null,
                List.of("2027-03-25"), null, null, null)).calendar();
        Instant night = LocalDate.of(2027, 3, 23).atTime(22, 0).atZone(VN).toInstant();
        assertThat(calendar.nextOpening(night, VN)).isEqualTo(LocalDate.of(2027, 3, 24).atTime(7, 30).atZone(VN).toInstant());
        assertThat(calendar.nextReminderTime(night, VN)).isEqualTo(LocalDate.of(2027, 3, 24).atTime(8, 0).atZone(VN).toInstant());
        Instant beforeQuietDay = LocalDate.of(2027, 3, 24).atTime(21, 0).atZone(VN).toInstant();
        assertThat(calendar.nextOpening(beforeQuietDay, VN)).as("the quiet day is skipped")
                .isEqualTo(LocalDate.of(2027, 3, 26).atTime(7, 30).atZone(VN).toInstant());
        Instant morning = LocalDate.of(2027, 3, 24).atTime(7, 40).atZone(VN).toInstant();
        assertThat(calendar.nextOpening(morning, VN)).isEqualTo(morning);
        assertThat(calendar.nextReminderTime(morning, VN)).isEqualTo(LocalDate.of(2027, 3, 24).atTime(8, 0).atZone(VN).toInstant());
    }

    @Test
    void quietDaysCannotBeReadWrongly() {
        assertThatThrownBy(() -> QuietDays.parse(List.of("2027-02-10..2027-02-05"))).hasMessageContaining("forward");
        assertThat(QuietDays.parse(List.of("12-31")).workingDayFrom(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 1, 1));
    }
}
