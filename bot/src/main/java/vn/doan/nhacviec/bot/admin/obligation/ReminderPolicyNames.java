package vn.doan.nhacviec.bot.admin.obligation;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The reminder policies an obligation may name: those configured under {@code nhacviec.reminders.policies}. */
@Component
class ReminderPolicyNames {

    private final Set<String> names;

    ReminderPolicyNames(Environment environment) {
        this.names = new TreeSet<>(Binder.get(environment)
                .bind("nhacviec.reminders.policies", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of()).keySet());
    }

    /** Null (the default policy) or a configured name. */
    boolean allows(String name) {
        return name == null || names.contains(name);
    }

    Set<String> all() {
        return names;
    }
}
