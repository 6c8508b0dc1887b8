package vn.doan.nhacviec.bot.postpone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.alerts.UndeliveredSummary;
import vn.doan.nhacviec.bot.digest.WeeklyDigest;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;

/**
 * Whole conversations on the console channel between branch secretaries and the staff above them,
 * each in their own private chat, on the demo tree (whose districts and communes have no group
 * chat): a postponement request reaches the commune's staff in private, is approved, declined with
 * a reason or answered with another date, and the secretary sees the outcome; what reaches nobody
 * is counted, listed and summarised to the top admins once a day.
 */
@BotApplicationTest
class PostponeDecisionTest {

    @Autowired
    Terminal terminal;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ReminderRun reminders;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    UndeliveredSummary undeliveredSummary;
    @Autowired
    PostponeChoiceHandler choices;

    @AfterEach
    void backToNow() {
        clock.set(BotTestConfiguration.START);
        terminal.flush();
    }

    @Test
    void aCommuneStaffMemberInPrivateApprovesAndTheSecretarySeesTheNewDeadline() {
        terminal.flush();
        person("bt-vp", "Chị Lan", "kg-ct-vhh-vp", Role.SECRETARY);
        person("cb-vhh", "Anh Minh", "kg-ct-vhh", Role.STAFF);
        person("cb-ct", "Chị Hoa", "kg-ct", Role.STAFF);
        String list = text(terminal.as("bt-vp", "bt-vp", "/viec"), "bt-vp");
        assertThat(list).contains("hết ngày 30/11/2026");

        // October's meeting, due before the first start, is listed too (overdue): ask for November's
        List<CapturingSender.Sent> asked = terminal.as("bt-vp", "bt-vp", "/hoan " + lineDue(list, "30/11/2026") + " 25/12");
        assertThat(text(asked, "bt-vp")).contains("Đã gửi đề nghị hoãn");
        CapturingSender.Sent request = only(asked, "cb-vhh");
        assertThat(request.message().text()).contains("Chi đoàn ấp Vĩnh Phước xin hoãn", "25/12/2026", "Chị Lan");
        assertThat(request.message().choices()).extracting(c -> c.label())
                .containsExactly("✅ Đồng ý", "❌ Không đồng ý", "📅 Đề xuất ngày khác");
        assertThat(request.message().choices()).allSatisfy(c -> assertThat(c.data().getBytes()).hasSizeLessThanOrEqualTo(64));
        assertThat(only(asked, "cb-ct").message().text()).as("the district's staff too").contains("xin hoãn");
        assertThat(asked).as("the secretary is not asked to decide her own request").filteredOn(s -> s.chat().chatRef().equals("bt-vp"))
                .hasSize(1);

        // typed 1 on the console = the first button
        List<CapturingSender.Sent> approved = terminal.as("cb-vhh", "cb-vhh", "1");
        assertThat(text(approved, "cb-vhh")).contains("Đã đồng ý", "gia hạn đến hết ngày 25/12/2026", "hạn gốc: hết ngày 30/11/2026");
        assertThat(text(approved, "bt-vp")).contains("Anh Minh đã đồng ý", "gia hạn đến hết ngày 25/12/2026", "hạn gốc: hết ngày 30/11/2026");
        // the new deadline, and the original one kept in view
        assertThat(text(terminal.as("bt-vp", "bt-vp", "/viec"), "bt-vp")).contains("hết ngày 25/12/2026 (còn 33 ngày) (đã gia hạn; hạn gốc 30/11/2026)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'postpone.approve' AND outcome = 'DONE' AND actor_id = ?")
                .param(people.findByIdentity("console", "cb-vhh").orElseThrow().id()).query(Long.class).single()).isEqualTo(1);

        // the district's staff answers the same request afterwards
        assertThat(text(terminal.as("cb-ct", "cb-ct", "1"), "cb-ct")).contains("đã được Anh Minh quyết định (đồng ý)");
        assertThat(jdbc.sql("SELECT deadline || ' ' || original_deadline FROM occurrence WHERE id = "
                + "(SELECT occurrence_id FROM postpone_request WHERE requested_by = ?)")
                .param(people.findByIdentity("console", "bt-vp").orElseThrow().id()).query(String.class).single())
                .as("the deadline in force and the original").isEqualTo("2026-12-26 2026-12-01");

        // the reminder stages start again for the new date: D-7 of 25/12 is 18/12
        Instant d7 = Instant.parse("2026-12-18T03:00:00Z");
        clock.set(d7);
        reminders.runAt(d7);
        List<CapturingSender.Sent> reminded = terminal.flush().stream()
                .filter(s -> s.chat().chatRef().equals("demo-kg-ct-vhh-vp")).toList();
        assertThat(reminded).singleElement().satisfies(s -> assertThat(s.message().text()).contains("hết ngày 25/12/2026"));

        // late after all: the staff's list of late units says it was extended
        clock.set(Instant.parse("2026-12-28T03:00:00Z"));
        assertThat(terminal.as("cb-vhh", "cb-vhh", "/tre").stream().map(s -> s.message().text()).toList())
                .anySatisfy(t -> assertThat(t).contains("gia hạn đến 25/12/2026 (hạn gốc 30/11/2026), trễ 3 ngày"));
    }

    @Test
    void newPeopleJoiningByInviteDecideAsTheyWould() {
        terminal.flush();
        String staffInvite = text(terminal.as("terminal", "terminal", "/moi kg-rg-nttr canbo"), "terminal");
        String secretaryInvite = text(terminal.as("terminal", "terminal", "/moi kg-rg-nttr-12a1 bithu"), "terminal");
        assertThat(text(terminal.as("cb-nttr", "cb-nttr", "/ma " + code(staffInvite)), "cb-nttr")).contains("Chào mừng");
        assertThat(text(terminal.as("bt-12a1", "bt-12a1", "/ma " + code(secretaryInvite)), "bt-12a1")).contains("Chào mừng");

        terminal.as("bt-12a1", "bt-12a1", "/viec");
        assertThat(text(terminal.as("bt-12a1", "bt-12a1", "/hoan 1 18/12"), "cb-nttr")).contains("xin hoãn", "18/12/2026");
        List<CapturingSender.Sent> approved = terminal.as("cb-nttr", "cb-nttr", "1");
        assertThat(text(approved, "bt-12a1")).contains("gia hạn đến hết ngày 18/12/2026");
        assertThat(terminal.as("bt-12a1", "bt-12a1", "/viec").stream().map(s -> s.message().text()).toList())
                .anySatisfy(t -> assertThat(t).contains("hết ngày 18/12/2026"));
    }

    private static String code(String invite) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("/ma (\\S+)»").matcher(invite);
        assertThat(matcher.find()).as(invite).isTrue();
        return matcher.group(1);
    }

    @Test
    void aDeclineAsksForTheReasonAndTheSecretaryReadsIt() {
        terminal.flush();
        person("bt-vt", "Chị Mai", "kg-ct-vhh-vt", Role.SECRETARY);
        person("cb-vhh2", "Anh Tú", "kg-ct-vhh", Role.STAFF);
        Person outsider = person("cb-ht", "Anh Khoa", "kg-ht", Role.STAFF);
        String list = text(terminal.as("bt-vt", "bt-vt", "/viec"), "bt-vt");
        terminal.as("bt-vt", "bt-vt", "/hoan " + lineDue(list, "30/11/2026") + " 20/12");

        String pending = text(terminal.as("cb-vhh2", "cb-vhh2", "/duyet"), "cb-vhh2");
        assertThat(pending).contains("Chi đoàn ấp Vĩnh Thành", "xin đến 20/12/2026", "hạn hiện tại hết ngày 30/11/2026", "Chị Mai");

        // the weekly digest of the commune's staff names the request waiting
        Instant monday = Instant.parse("2026-11-23T01:00:00Z");
        clock.set(monday);
        digest.runAt(monday);
        assertThat(text(terminal.flush(), "cb-vhh2")).contains("đề nghị hoãn đang chờ quyết định: /duyet");
        clock.set(BotTestConfiguration.START);

        // a staff member of another district may not decide it: refused and audited
        long requestId = jdbc.sql("SELECT id FROM postpone_request WHERE requested_by = ?")
                .param(people.findByIdentity("console", "bt-vt").orElseThrow().id()).query(Long.class).single();
        Chat outsiderChat = chats.find("console", "cb-ht").orElseThrow();
        choices.handle(new Caller(outsider, outsiderChat, people.activeRoles(outsider.id()), List.of(), Locale.forLanguageTag("vi")),
                "a:" + requestId, null);
        assertThat(text(terminal.flush(), "cb-ht")).contains("Chỉ cán bộ hoặc quản trị phụ trách Chi đoàn ấp Vĩnh Thành");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'postpone.approve' AND outcome = 'REFUSED' AND actor_id = ?")
                .param(outsider.id()).query(Long.class).single()).isEqualTo(1);

        // ❌ 1 is the second answer offered by /duyet
        assertThat(text(terminal.as("cb-vhh2", "cb-vhh2", "2"), "cb-vhh2")).contains("Vì sao không đồng ý");
        List<CapturingSender.Sent> declined = terminal.as("cb-vhh2", "cb-vhh2", "Tháng 12 đã có đại hội, cần họp đúng hạn");
        assertThat(text(declined, "cb-vhh2")).contains("Đã ghi nhận không đồng ý");
        assertThat(text(declined, "bt-vt")).contains("Anh Tú không đồng ý", "Lý do: Tháng 12 đã có đại hội, cần họp đúng hạn",
                "Hạn vẫn là hết ngày 30/11/2026");
        assertThat(text(terminal.as("bt-vt", "bt-vt", "/viec"), "bt-vt")).contains("hết ngày 30/11/2026");
        assertThat(text(terminal.as("cb-vhh2", "cb-vhh2", "/duyet"), "cb-vhh2")).doesNotContain("Chi đoàn ấp Vĩnh Thành");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'postpone.decline' AND outcome = 'DONE' AND actor_id = ?")
                .param(people.findByIdentity("console", "cb-vhh2").orElseThrow().id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anotherDateIsProposedAndTheSecretaryAcceptsIt() {
        terminal.flush();
        person("bt-kp1", "Chị Thu", "kg-rg-vtv-kp1", Role.SECRETARY);
        person("cb-vtv", "Anh Nam", "kg-rg-vtv", Role.STAFF);
        terminal.as("bt-kp1", "bt-kp1", "/viec");
        terminal.as("bt-kp1", "bt-kp1", "/hoan 1 31/12");

        assertThat(text(terminal.as("cb-vtv", "cb-vtv", "3"), "cb-vtv")).contains("đến ngày nào");
        assertThat(text(terminal.as("cb-vtv", "cb-vtv", "khi nào rảnh"), "cb-vtv")).contains("chưa đọc được ngày");
        List<CapturingSender.Sent> proposed = terminal.as("cb-vtv", "cb-vtv", "15/12");
        assertThat(text(proposed, "cb-vtv")).contains("Đã gửi đề xuất gia hạn đến hết ngày 15/12/2026");
        CapturingSender.Sent proposal = only(proposed, "bt-kp1");
        assertThat(proposal.message().text()).contains("Anh Nam đề xuất gia hạn", "15/12/2026", "bạn xin đến 31/12/2026");
        assertThat(proposal.message().choices()).extracting(c -> c.label()).containsExactly("✅ Đồng ý hạn 15/12/2026", "❌ Không");

        List<CapturingSender.Sent> accepted = terminal.as("bt-kp1", "bt-kp1", "1");
        assertThat(text(accepted, "bt-kp1")).contains("gia hạn đến hết ngày 15/12/2026");
        assertThat(text(accepted, "cb-vtv")).contains("Chị Thu đã nhận ngày bạn đề xuất");
        assertThat(text(terminal.as("bt-kp1", "bt-kp1", "/viec"), "bt-kp1")).contains("hết ngày 15/12/2026");
    }

    @Test
    void whatReachesNobodyIsCountedListedAndSummarisedOnceADay() {
        terminal.flush();
        person("bt-xx", "Chị Ngọc", "kg-ht-md-xx", Role.SECRETARY);
        // the only one above Xà Xía is the top admin (the terminal), who stops postponement requests
        String switched = text(terminal.as("terminal", "terminal", "/nhantin hoan tat"), "terminal");
        assertThat(switched).contains("Đã tắt tin «đề nghị hoãn (hoan)»", "🔕 đề nghị hoãn (hoan): đã tắt", "✅ việc quá hạn (tre): đang nhận");
        try {
            terminal.as("bt-xx", "bt-xx", "/viec");
            List<CapturingSender.Sent> asked = terminal.as("bt-xx", "bt-xx", "/hoan 1 20/12");
            assertThat(asked).as("nobody receives it").allSatisfy(s -> assertThat(s.chat().chatRef()).isEqualTo("bt-xx"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM undelivered_notice WHERE kind = 'POSTPONE'").query(Long.class).single()).isEqualTo(1);

            String listed = text(terminal.as("terminal", "terminal", "/chuatoi"), "terminal");
            assertThat(listed).contains("1 tin báo lên không đến được ai", "Chi đoàn ấp Xà Xía [kg-ht-md-xx]", "đề nghị hoãn (hoan)",
                    "xin hoãn");

            undeliveredSummary.runAt(clock.instant());
            assertThat(text(terminal.flush(), "terminal")).startsWith("📭 Tổng hợp ngày 22/11/2026: 1 tin báo lên")
                    .contains("Chi đoàn ấp Xà Xía");
            undeliveredSummary.runAt(clock.instant().plusSeconds(3600));
            assertThat(terminal.flush()).as("once a day").isEmpty();
        } finally {
            assertThat(text(terminal.as("terminal", "terminal", "/nhantin hoan bat"), "terminal")).contains("Đã bật tin");
        }
    }

    @Test
    void theSwitchesAreButtonsToo() {
        terminal.flush();
        person("cb-ht2", "Chị Yến", "kg-ht", Role.STAFF);
        CapturingSender.Sent shown = only(terminal.as("cb-ht2", "cb-ht2", "/nhantin"), "cb-ht2");
        assertThat(shown.message().text()).contains("✅ việc quá hạn (tre): đang nhận", "✅ đề nghị hoãn (hoan): đang nhận");
        assertThat(shown.message().choices()).extracting(c -> c.label())
                .containsExactly("🔕 Tắt việc quá hạn (tre)", "🔕 Tắt đề nghị hoãn (hoan)", "🔕 Tắt nhóm chặn bot, không gửi được (chan)");
        String off = text(terminal.as("cb-ht2", "cb-ht2", "1"), "cb-ht2");
        assertThat(off).contains("Đã tắt tin «việc quá hạn (tre)»", "🔕 việc quá hạn (tre): đã tắt", "✅ đề nghị hoãn (hoan): đang nhận");
        assertThat(text(terminal.as("cb-ht2", "cb-ht2", "/nhantin tre bật"), "cb-ht2")).contains("✅ việc quá hạn (tre): đang nhận");
        assertThat(text(terminal.as("cb-ht2", "cb-ht2", "/nhantin ngay mai"), "cb-ht2")).contains("Tôi chưa hiểu «ngay mai»");
    }

    private Person person(String ref, String name, String unitCode, Role role) {
        Person person = people.findOrCreate("console", ref, name, "vi");
        chats.findOrCreate("console", ref, Chat.ChatKind.PRIVATE, null, "vi");
        people.grant(person.id(), units.findByCode(unitCode).orElseThrow().id(), role, null);
        return person;
    }

    private static CapturingSender.Sent only(List<CapturingSender.Sent> sent, String chatRef) {
        List<CapturingSender.Sent> to = sent.stream().filter(s -> s.chat().chatRef().equals(chatRef)).toList();
        assertThat(to).as("messages to " + chatRef + " in " + sent).hasSize(1);
        return to.get(0);
    }

    private static String text(List<CapturingSender.Sent> sent, String chatRef) {
        return only(sent, chatRef).message().text();
    }

    /** The number of the first line of a list that is due on {@code day}. */
    private static int lineDue(String list, String day) {
        for (String line : list.split("\n")) {
            if (line.matches("^\\d{1,2}\\. .*") && line.contains("hết ngày " + day)) {
                return Integer.parseInt(line.substring(0, line.indexOf('.')));
            }
        }
        throw new AssertionError("nothing due " + day + " in " + list);
    }
}
