package vn.doan.nhacviec.bot.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.doan.nhacviec.bot.NhacViecApplication;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.demo.DemoSetup;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxEntry;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusUpdate;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.reminder.LunarCalendar;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * The whole application as the terminal demo runs it (demo tree, catalogue from {@code config/},
 * the real bundles), with the dispatcher and Quartz left off: what the bot would send is read from
 * the outbox. The user travels to a due date, gets the aggregated reminder, answers it in one tap,
 * and uses the reminder commands.
 */
@SpringBootTest(classes = NhacViecApplication.class, properties = {
        "nhacviec.catalog.dir=../config/catalog",
        "nhacviec.demo.units=../config/demo/units.csv",
        "nhacviec.demo.enabled=true",
        "nhacviec.console.enabled=false",
        "nhacviec.outbox.auto-start=false",
        "nhacviec.reminders.jobs.enabled=false",
        "nhacviec.demo.history=false",
        "nhacviec.staff.triggers.enabled=false",
        "spring.messages.basename=i18n/messages",
        "spring.messages.fallback-to-system-locale=false",
        "spring.messages.encoding=UTF-8",
        "logging.threshold.console=WARN"})
class RemindersInTheAppTest {

    static final ZoneId VN = VietnamTime.ZONE;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Path DATA = temporaryDirectory();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("nhacviec.database.data-dir", DATA::toString);
    }

    @Autowired
    ConversationService conversation;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;
    @Autowired
    OccurrenceRepository occurrences;
    @Autowired
    StatusLogRepository statusLog;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Chat terminal;
    Unit branch;
    long lastSeen;

    @BeforeEach
    void terminalChat() {
        terminal = chats.find(DemoSetup.CHANNEL, DemoSetup.TERMINAL).orElseThrow();
        branch = units.findByCode(DemoSetup.DEMO_BRANCH).orElseThrow();
        lastSeen = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM outbox_message").query(Long.class).single();
    }

    void say(String text) {
        conversation.handle(Inbound.privateText(DemoSetup.CHANNEL, DemoSetup.TERMINAL, DemoSetup.TERMINAL, "Thu", text));
    }

    /** Messages stored since the last look, to any chat. */
    List<OutboxEntry> stored() {
        List<Long> ids = jdbc.sql("SELECT id FROM outbox_message WHERE id > ? ORDER BY id").param(lastSeen).query(Long.class).list();
        List<OutboxEntry> entries = new ArrayList<>();
        ids.forEach(id -> entries.add(outbox.find(id).orElseThrow()));
        if (!ids.isEmpty()) {
            lastSeen = ids.get(ids.size() - 1);
        }
        return entries;
    }

    List<OutboxEntry> toTerminal(List<OutboxEntry> entries) {
        return entries.stream().filter(e -> e.chatId() == terminal.id()).toList();
    }

    @Test
    void travellingToADueDateShowsTheAggregatedReminderAndOneTapRecordsTheAnswer() {
        // the first one not due yet (duties already overdue on the first start are open too)
        Occurrence soonest = occurrences.openForUnit(branch.id(), LocalDate.now(clock.withZone(VN)), clock.instant().plus(Duration.ofDays(400)))
                .stream().filter(o -> o.dueAt().isAfter(clock.instant())).findFirst().orElseThrow();
        long days = Math.max(1, ChronoUnit.DAYS.between(LocalDate.now(clock.withZone(VN)), soonest.lastDay()));
        say("/tua " + days);

        List<OutboxEntry> sent = toTerminal(stored());
        List<OutboxEntry> reminders = sent.stream().filter(e -> e.kind() == MessageKind.REMINDER).toList();
        assertThat(reminders).as("one message for the chat").hasSize(1);
        OutboxEntry reminder = reminders.get(0);
        assertThat(reminder.payload().text()).startsWith("🔔 Nhắc việc — " + branch.name())
                .contains("1. ").contains("Trả lời theo số của việc").as("no buttons in the terminal").doesNotContain("nút");
        assertThat(reminder.payload().choices()).extracting(c -> c.data()).startsWith("n:1:D", "n:1");
        assertThat(reminder.payload().choices()).extracting(c -> c.label()).first().isEqualTo("1 ✅ Xong");
        assertThat(sent.get(0).payload().text()).startsWith("⏩");

        say("1 xong");
        List<OutboxEntry> answer = toTerminal(stored());
        assertThat(answer.get(answer.size() - 1).payload().text()).startsWith("✅ Đã ghi nhận:");
        List<StatusUpdate> logged = statusLog.recentForUnit(branch.id(), 1);
        assertThat(logged).singleElement().satisfies(update -> {
            assertThat(update.meaning()).isEqualTo(StatusMeaning.DONE);
            assertThat(update.chatId()).isEqualTo(terminal.id());
        });

        say("/lichsu");
        assertThat(toTerminal(stored()).get(0).payload().text()).startsWith("📜 Cập nhật gần đây của " + branch.name())
                .contains("✅ hoàn thành");
    }

    @Test
    void aPostponementRequestReachesTheCommuneAndTheDeadlineStays() {
        Unit commune = units.findById(branch.parentId()).orElseThrow();
        Chat communeChat = chats.findOrCreate("console", "commune-office", Chat.ChatKind.GROUP, commune.name(), "vi");
        chats.bind(communeChat.id(), commune.id());
        say("/viec");
        stored();
        Occurrence first = occurrences.openForUnit(branch.id(), LocalDate.now(clock.withZone(VN)), clock.instant().plus(Duration.ofDays(30)))
                .get(0);
        LocalDate requested = LocalDate.now(clock.withZone(VN)).plusDays(20);
        say("/hoan 1 " + requested.getDayOfMonth() + "/" + requested.getMonthValue() + "/" + requested.getYear());

        List<OutboxEntry> sent = stored();
        assertThat(toTerminal(sent)).singleElement().satisfies(e -> assertThat(e.payload().text()).startsWith("📅 Đã gửi đề nghị hoãn"));
        assertThat(sent).filteredOn(e -> e.chatId() == communeChat.id()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(MessageKind.NOTICE);
            assertThat(notice.payload().text()).startsWith("📅 " + branch.name() + " xin hoãn")
                    .contains(String.format("%02d/%02d/%d", requested.getDayOfMonth(), requested.getMonthValue(), requested.getYear()))
                    .contains("(người đề nghị: " + System.getProperty("user.name"));
        });
        assertThat(occurrences.findById(first.id()).orElseThrow().deadline()).isEqualTo(first.deadline());
    }

    @Test
    void mutingSaysWhoElseReceivesTheRemindersAndUnmutingResumes() {
        say("/tatnhac");
        assertThat(toTerminal(stored()).get(0).payload().text()).startsWith("🔕 Đã tắt nhắc việc")
                .contains("Không còn ai nhận nhắc việc của " + branch.name());
        assertThat(chats.findById(terminal.id()).orElseThrow().remindersPaused()).isTrue();

        Chat deputy = chats.findOrCreate("console", "deputy", Chat.ChatKind.GROUP, "Nhóm chi đoàn", "vi");
        chats.bind(deputy.id(), branch.id());
        say("/mute");
        assertThat(toTerminal(stored()).get(0).payload().text()).contains("vẫn đến: Nhóm chi đoàn");

        say("/batnhac");
        assertThat(toTerminal(stored()).get(0).payload().text()).startsWith("🔔 Đã bật lại");
        assertThat(chats.findById(terminal.id()).orElseThrow().remindersPaused()).isFalse();
        chats.unbind(deputy.id(), branch.id());
    }

    @Test
    void upcomingListsTheNextThirtyDaysAndHelpShowsTheNewCommands() {
        say("/sap");
        String upcoming = toTerminal(stored()).get(0).payload().text();
        assertThat(upcoming).matches("(?s)🗓 (Việc của .* trong 30 ngày tới:\\n1\\. .*|.* không có việc nào đến hạn trong 30 ngày tới\\.)");

        say("/help");
        assertThat(toTerminal(stored()).get(0).payload().text())
                .contains("/sap", "/lichsu", "/hoan", "/tatnhac", "/batnhac", "/tua", "/lich ");
    }

    @Test
    void theCalendarListsTheQuietDaysOfTheComingYearComputedFromTheLunarCalendar() {
        LocalDate today = LocalDate.now(clock.withZone(VN));
        say("/lich");
        String calendar = toTerminal(stored()).get(0).payload().text();
        assertThat(calendar).startsWith("📅 Ngày nghỉ từ " + today.format(DAY) + " đến " + today.plusYears(1).minusDays(1).format(DAY));
        int tetYear = LunarCalendar.tet(today.getYear()).isBefore(today) ? today.getYear() + 1 : today.getYear();
        LocalDate tet = LunarCalendar.tet(tetYear);
        LocalDate gioTo = LunarCalendar.gioTo(tetYear);
        assertThat(calendar).as("the eve to mùng 5, then Giỗ Tổ, as config/application.yml sets them")
                .contains("• " + tet.minusDays(1).format(DAY) + " – " + tet.plusDays(4).format(DAY) + " (âm lịch ")
                .contains("• " + gioTo.format(DAY) + " (âm lịch 10/3)");
    }

    @Test
    void remindersAreWrittenInTheReadersLanguage() {
        say("/ngonngu en");
        say("/upcoming");
        List<OutboxEntry> sent = toTerminal(stored());
        assertThat(sent.get(sent.size() - 1).payload().text()).startsWith("🗓");
        say("/tua 1");
        assertThat(toTerminal(stored())).filteredOn(e -> e.kind() == MessageKind.REMINDER)
                .allSatisfy(e -> assertThat(e.payload().text()).startsWith("🔔 Reminder"));
        say("/lang vi");
    }

    private static Path temporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("nhacviec-reminders");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
