package vn.doan.nhacviec.bot.alerts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.bot.answer.ItemFormatter;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.alert.StaffChat;
import vn.doan.nhacviec.data.alert.SupervisorDirectory;
import vn.doan.nhacviec.data.alert.Undelivered;
import vn.doan.nhacviec.data.alert.UndeliveredRepository;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.NewOutboxMessage;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.scheduler.reminder.ReminderSettings;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * Once a day, in the sending hours, the admins at the top of the tree get one summary of the
 * supervisor notices nobody could receive since the last summary, those about their tree. {@link
 * #runAt} may be called as often as one likes: nothing goes out twice in a local day, and a notice
 * is summarised once (marked in the same transaction as the summaries are queued).
 */
@Service
public class UndeliveredSummary {

    static final ZoneId ZONE = VietnamTime.ZONE;
    static final int LINES = 10;

    private final UndeliveredRepository undelivered;
    private final SupervisorDirectory directory;
    private final UnitRepository units;
    private final ChatRepository chats;
    private final Messages messages;
    private final Outbox outbox;
    private final ReminderSettings settings;
    private final TransactionOperations transactions;

    UndeliveredSummary(UndeliveredRepository undelivered, SupervisorDirectory directory, UnitRepository units, ChatRepository chats,
                       Messages messages, Outbox outbox, ReminderSettings settings, TransactionOperations transactions) {
        this.undelivered = undelivered;
        this.directory = directory;
        this.units = units;
        this.chats = chats;
        this.messages = messages;
        this.outbox = outbox;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** Sends today's summaries if it is time and none went out today; returns how many messages were queued. */
    public int runAt(Instant now) {
        if (!settings.calendar().windowOpen(now.atZone(ZONE))) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Integer queued = transactions.execute(status -> {
            if (undelivered.summarizedSince(today.atStartOfDay(ZONE).toInstant())) {
                return 0;
            }
            List<Undelivered> rows = undelivered.notSummarized();
            if (rows.isEmpty()) {
                return 0;
            }
            Map<Long, Unit> unitsById = units.findByIds(rows.stream().map(Undelivered::unitId).collect(Collectors.toSet())).stream()
                    .collect(Collectors.toMap(Unit::id, Function.identity()));
            Map<Long, Unit> roots = units.findByIds(directory.topAdminChats().stream().map(StaffChat::unitId).collect(Collectors.toSet()))
                    .stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            Map<Long, String> languages = chats.readerLanguages(directory.topAdminChats().stream().map(s -> s.chat().id()).toList());
            List<NewOutboxMessage> messagesToSend = new ArrayList<>();
            Set<Long> covered = new LinkedHashSet<>();
            Map<Long, List<StaffChat>> chatsOfPerson = new LinkedHashMap<>();
            directory.topAdminChats().forEach(s -> chatsOfPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(s));
            chatsOfPerson.forEach((personId, adminChats) -> {
                Set<Long> seenChats = new LinkedHashSet<>();
                for (StaffChat admin : adminChats) {
                    Unit root = roots.get(admin.unitId());
                    List<Undelivered> theirs = rows.stream()
                            .filter(row -> unitsById.containsKey(row.unitId()) && root != null && unitsById.get(row.unitId()).isInside(root))
                            .toList();
                    if (theirs.isEmpty() || !seenChats.add(admin.chat().id())) {
                        continue;
                    }
                    theirs.forEach(row -> covered.add(row.id()));
                    Locale locale = Messages.locale(languages.getOrDefault(admin.chat().id(), admin.chat().language()));
                    messagesToSend.add(new NewOutboxMessage(admin.chat().id(), MessageKind.SYSTEM,
                            OutgoingMessage.text(text(locale, today, theirs, unitsById)),
                            "undelivered-summary:" + personId + ":" + admin.chat().id() + ":" + today,
                            MessageKind.SYSTEM.defaultPriority(), now));
                }
            });
            if (covered.isEmpty()) {
                return 0;
            }
            undelivered.markSummarized(List.copyOf(covered), now);
            outbox.enqueueAll(messagesToSend);
            return messagesToSend.size();
        });
        return queued == null ? 0 : queued;
    }

    private String text(Locale locale, LocalDate today, List<Undelivered> rows, Map<Long, Unit> unitsById) {
        StringBuilder text = new StringBuilder(messages.get(locale, "undelivered.summary.header", today.format(ItemFormatter.DATE),
                rows.size()));
        rows.stream().limit(LINES).forEach(row -> text.append('\n').append(UndeliveredLines.line(messages, locale, row,
                unitsById.get(row.unitId()))));
        if (rows.size() > LINES) {
            text.append('\n').append(messages.get(locale, "undelivered.summary.more", rows.size() - LINES));
        }
        text.append("\n\n").append(messages.get(locale, "undelivered.hint"));
        return text.toString();
    }
}
