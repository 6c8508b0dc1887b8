package vn.doan.nhacviec.bot.admin.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ReminderPolicyNamesTest {

    @Test
    void theConfiguredPoliciesAndTheDefaultAreAllowed() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "nhacviec.reminders.policies.nhe.days-before[0]", "3",
                "nhacviec.reminders.policies.gap.overdue-every-days", "1",
                "nhacviec.reminders.default-policy.on-due-day", "true")));
        ReminderPolicyNames names = new ReminderPolicyNames(environment);
        assertThat(names.all()).containsExactly("gap", "nhe");
        assertThat(names.allows(null)).isTrue();
        assertThat(names.allows("nhe")).isTrue();
        assertThat(names.allows("khac")).isFalse();
    }

    @Test
    void withoutPoliciesOnlyTheDefault() {
        ReminderPolicyNames names = new ReminderPolicyNames(new StandardEnvironment());
        assertThat(names.all()).isEmpty();
        assertThat(names.allows(null)).isTrue();
        assertThat(names.allows("nhe")).isFalse();
    }
}
