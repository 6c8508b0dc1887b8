package vn.doan.nhacviec.bot.conversation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.reminder.ReminderFixtures;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * A fresh corner of the demo tree for one scripted conversation, so conversations never see each
 * other's answers: a commune of Tây Ninh city with one residential branch (monthly meeting, monthly
 * committee meeting, yearly member rating), the branch's secretary in her private chat (bound to
 * the branch, as joining does), the commune's staff member in a private chat, a group chat of the
 * branch with an ordinary member, and a second branch with its own secretary.
 */
final class ConversationWorld {

    static final ZoneId VN = VietnamTime.ZONE;
    private static final AtomicInteger NEXT = new AtomicInteger();

    final Unit commune;
    final Unit branch;
    final Unit otherBranch;
    final String secretary;
    final String staff;
    final String member;
    final String otherSecretary;
    final String group;
    final Chat secretaryChat;

    private final Terminal terminal;
    private final OccurrenceRepository occurrences;
    private final ObligationRepository obligations;
    private final JdbcClient jdbc;
    private final ApplicationContext context;

    final java.util.function.Consumer<Instant> clockSetter;
    private List<CapturingSender.Sent> last = List.of();
    private Long remembered;
    private CapturingSender.Sent rememberedSent;

    ConversationWorld(ApplicationContext context, java.util.function.Consumer<Instant> clockSetter) {
        this.context = context;
        this.clockSetter = clockSetter;
        terminal = context.getBean(Terminal.class);
        occurrences = context.getBean(OccurrenceRepository.class);
        obligations = context.getBean(ObligationRepository.class);
        jdbc = context.getBean(JdbcClient.class);
        UnitRepository units = context.getBean(UnitRepository.class);
        PersonRepository people = context.getBean(PersonRepository.class);
        ChatRepository chats = context.getBean(ChatRepository.class);
        int n = NEXT.incrementAndGet();
        Unit city = units.findByCode("tn-tp").orElseThrow();
        commune = units.create("cv" + n, "Đoàn phường Thử " + n, Level.CO_SO, city.id(), Set.of("dia_ban_dan_cu"), VN, null);
        branch = units.create("cv" + n + "-a", "Chi đoàn khu phố Thử " + n, Level.CHI_DOAN, commune.id(), Set.of("dia_ban_dan_cu"), VN, null);
        otherBranch = units.create("cv" + n + "-b", "Chi đoàn khu phố Khác " + n, Level.CHI_DOAN, commune.id(), Set.of("dia_ban_dan_cu"), VN, null);
        context.getBean(OccurrencePlanner.class).planAhead();

        secretary = "sec" + n;
        staff = "staff" + n;
        member = "member" + n;
        otherSecretary = "other" + n;
        group = "group" + n;
        Person sec = people.findOrCreate("console", secretary, "Bí thư " + n, "vi");
        people.grant(sec.id(), branch.id(), Role.SECRETARY, null);
        secretaryChat = chats.findOrCreate("console", secretary, Chat.ChatKind.PRIVATE, null, "vi");
        chats.bind(secretaryChat.id(), branch.id());
        Person staffPerson = people.findOrCreate("console", staff, "Cán bộ " + n, "vi");
        people.grant(staffPerson.id(), commune.id(), Role.STAFF, null);
        Person other = people.findOrCreate("console", otherSecretary, "Bí thư khác " + n, "vi");
        people.grant(other.id(), otherBranch.id(), Role.SECRETARY, null);
        chats.bind(chats.findOrCreate("console", otherSecretary, Chat.ChatKind.PRIVATE, null, "vi").id(), otherBranch.id());
        people.findOrCreate("console", member, "Đoàn viên " + n, "vi");
        Chat groupChat = chats.findOrCreate("console", group, Chat.ChatKind.GROUP, "Nhóm " + n, "vi");
        chats.bind(groupChat.id(), branch.id());
        terminal.flush();
    }

    List<CapturingSender.Sent> secretary(String text) {
        return keep(terminal.as(secretary, secretary, text));
    }

    List<CapturingSender.Sent> staff(String text) {
        return keep(terminal.as(staff, staff, text));
    }

    List<CapturingSender.Sent> other(String text) {
        return keep(terminal.as(otherSecretary, otherSecretary, text));
    }

    List<CapturingSender.Sent> inGroup(String who, String text) {
        return keep(terminal.inGroup(who, group, text));
    }

    private List<CapturingSender.Sent> keep(List<CapturingSender.Sent> sent) {
        last = sent;
        return sent;
    }

    /** The last message the secretary's chat received in the latest exchange. */
    CapturingSender.Sent lastTo() {
        return lastTo(secretary);
    }

    CapturingSender.Sent lastTo(String chatRef) {
        return last.stream().filter(s -> s.chat().chatRef().equals(chatRef)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("nothing sent to " + chatRef + " in " + last));
    }

    /** Remembers the latest message of the secretary's chat that showed numbers (to press its buttons later). */
    void rememberLast() {
        rememberedSent = lastTo();
        remembered = context.getBean(vn.doan.nhacviec.data.outbox.NumberedMessages.class)
                .latest(secretaryChat.id(), 0).orElseThrow().outboxId();
    }

    long remembered() {
        return remembered;
    }

    CapturingSender.Sent rememberedSent() {
        return rememberedSent;
    }

    /** Presses the button of item {@code number} on the message {@code outboxId}, as on Telegram. */
    List<CapturingSender.Sent> press(long outboxId, int number) {
        String platformId = jdbc.sql("SELECT platform_message_id FROM outbox_message WHERE id = ?").param(outboxId)
                .query(String.class).single();
        context.getBean(ConversationService.class).handle(new vn.doan.nhacviec.bot.channel.Inbound("console", secretary,
                Chat.ChatKind.PRIVATE, null, secretary, secretary, null, null, "n:" + number, platformId, true));
        return keep(terminal.flush());
    }

    /** The commune's staff member lists the other branch's items in the branch's group. */
    void staffListsInGroup() {
        inGroup(staff, "/viec " + otherBranch.code());
    }

    /** The branch's open item whose title contains {@code title}, of period {@code periodKey}. */
    Occurrence item(Unit unit, String title, String periodKey) {
        return occurrences.dueBetween(unit.id(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")).stream()
                .filter(o -> o.periodKey().equals(periodKey))
                .filter(o -> obligations.findById(o.obligationId()).orElseThrow().title().contains(title))
                .findFirst().orElseThrow(() -> new AssertionError("no item «" + title + "» " + periodKey + " for " + unit.code()));
    }

    /** Status rows of the units of this world. */
    long statusRows() {
        return jdbc.sql("SELECT COUNT(*) FROM status_update s JOIN occurrence o ON o.id = s.occurrence_id WHERE o.unit_id IN (?, ?, ?)")
                .params(commune.id(), branch.id(), otherBranch.id()).query(Long.class).single();
    }

    /** Sends the branch chat a reminder about the given items, as the reminder planner does. */
    void remind(Occurrence... items) {
        new ReminderFixtures(context).remind(secretaryChat, branch, List.of(items));
        terminal.flush();
    }
}
