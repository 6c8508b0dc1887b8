package vn.doan.nhacviec.bot.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.alert.AlertPreferences;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.Role;

/**
 * Which supervisor notices a staff member or admin receives in private ({@code /nhantin}): shows
 * each kind on or off with a button to switch it; {@code /nhantin tre tat} switches one directly.
 * The units' group chats keep receiving everything.
 */
@Component
class AlertsCommand implements BotCommand {

    static final String PREFIX = "al";
    private static final Map<String, AlertKind> WORDS = Map.of(
            "tre", AlertKind.ESCALATION, "trehan", AlertKind.ESCALATION, "overdue", AlertKind.ESCALATION,
            "hoan", AlertKind.POSTPONE, "postpone", AlertKind.POSTPONE,
            "chan", AlertKind.BLOCKED, "blocked", AlertKind.BLOCKED);
    private static final Map<String, Boolean> SWITCHES = Map.of("bat", true, "on", true, "tat", false, "off", false);

    private final AlertPreferences preferences;
    private final AuditLog audit;
    private final UnitScope scope;
    private final Messages messages;
    private final Outgoing outgoing;

    AlertsCommand(AlertPreferences preferences, AuditLog audit, UnitScope scope, Messages messages, Outgoing outgoing) {
        this.preferences = preferences;
        this.audit = audit;
        this.scope = scope;
        this.messages = messages;
        this.outgoing = outgoing;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("nhantin", "alerts", Access.STAFF);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("", "tre tat");
    }

    @Override
    public void handle(CommandContext context) {
        if (!context.hasArgs()) {
            show(context.caller(), null);
            return;
        }
        String[] words = Words.plain(context.args()).split("\\s+");
        Optional<AlertKind> kind = words.length == 2 ? Optional.ofNullable(WORDS.get(words[0])) : Optional.empty();
        Boolean on = words.length == 2 ? SWITCHES.get(words[1]) : null;
        if (kind.isEmpty() || on == null) {
            String shown = context.args().length() > 30 ? context.args().substring(0, 30) + "…" : context.args();
            context.replyKey("alerts.bad", shown);
            return;
        }
        set(context.caller(), kind.get(), on);
    }

    /** A button: {@code al:<KIND>:on|off}. */
    void choose(Caller caller, String value) {
        String[] parts = value.split(":");
        if (parts.length != 2 || !Set.of("on", "off").contains(parts[1])) {
            return;
        }
        if (!caller.hasRole(Role.STAFF)) {
            scope.auditRefusal(caller, null, "alerts.switch", "not staff or admin");
            outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), "error.forbidden")));
            return;
        }
        try {
            set(caller, AlertKind.valueOf(parts[0]), parts[1].equals("on"));
        } catch (IllegalArgumentException e) {
            // a kind of another version of the bot: nothing to switch
        }
    }

    private void set(Caller caller, AlertKind kind, boolean on) {
        boolean wasOn = !preferences.switchedOff(caller.person().id()).contains(kind);
        preferences.set(caller.person().id(), kind, on);
        audit.done(caller.person().id(), null, "alerts." + kind.name(), wasOn ? "on" : "off", on ? "on" : "off");
        Locale locale = caller.locale();
        show(caller, messages.get(locale, "alerts.changed", messages.get(locale, on ? "alerts.verb.on" : "alerts.verb.off"),
                messages.get(locale, "alerts.kind." + kind.name())));
    }

    private void show(Caller caller, String changed) {
        Locale locale = caller.locale();
        Set<AlertKind> off = preferences.switchedOff(caller.person().id());
        StringBuilder text = new StringBuilder();
        if (changed != null) {
            text.append(changed).append("\n\n");
        }
        text.append(messages.get(locale, "alerts.header"));
        List<OutgoingMessage.Choice> choices = new ArrayList<>();
        for (AlertKind kind : AlertKind.values()) {
            boolean on = !off.contains(kind);
            String name = messages.get(locale, "alerts.kind." + kind.name());
            text.append('\n').append(messages.get(locale, on ? "alerts.on" : "alerts.off", name));
            choices.add(new OutgoingMessage.Choice(messages.get(locale, on ? "alerts.choice.off" : "alerts.choice.on", name),
                    PREFIX + ":" + kind.name() + ":" + (on ? "off" : "on")));
        }
        text.append("\n\n").append(messages.get(locale, "alerts.usage"));
        outgoing.send(caller.chat(), OutgoingMessage.text(text.toString()).withChoices(choices));
    }

    /** Words without diacritics, lower case: «tắt» is «tat». */
    static final class Words {
        private Words() {
        }

        static String plain(String text) {
            String decomposed = java.text.Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
            return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd');
        }
    }
}
