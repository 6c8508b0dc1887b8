package vn.doan.nhacviec.bot.chase;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.doan.nhacviec.bot.alerts.UndeliveredSummary;
import vn.doan.nhacviec.bot.digest.WeeklyDigest;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;
import vn.doan.nhacviec.scheduler.reminder.MissedOccurrences;
import vn.doan.nhacviec.scheduler.reminder.ReminderRun;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * A year of the Kiên Giang province, from a first start on 03/12/2026 to 02/12/2027, with the jobs
 * run as the application runs them (planning at 00:30; the reminder run, the weekly digest and the
 * undelivered summary at hours across the day and night, around the window's edges) and nobody
 * reporting anything. Secretaries, commune staff and district and provincial admins sit in private
 * chats; the commune Vĩnh Hòa Hiệp also has a group; the branch Xà Xía and the company branch
 * Điện lực Rạch Giá have no chat at all and nobody above them wants escalations. Every message
 * delivered is recorded with its recipient, its kind (from the outbox row) and its local time.
 * Two postponements are asked at night: one approved in the morning, one declined late in the
 * evening, whose answer reaches the secretary the next morning.
 */
@BotApplicationTest
@DirtiesContext // its own properties: its own application, closed after it
@TestPropertySource(properties = "test.clock.start=2026-12-03T01:00:00Z")
class ProvinceYearTest {

    static final ZoneId VN = VietnamTime.ZONE;
    static final LocalDate FIRST = LocalDate.of(2026, 12, 3);
    static final LocalDate LAST = LocalDate.of(2027, 12, 2);
    static final List<LocalTime> TIMES = List.of(LocalTime.of(0, 30), LocalTime.of(7, 29), LocalTime.of(7, 30), LocalTime.of(8, 0),
            LocalTime.of(20, 29), LocalTime.of(20, 30), LocalTime.of(22, 45));
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final LocalTime WINDOW_START = LocalTime.of(7, 30);
    static final LocalTime WINDOW_END = LocalTime.of(20, 30);
    static final String VINH_PHUOC = "Chi đoàn ấp Vĩnh Phước";
    static final String VINH_THANH = "Chi đoàn ấp Vĩnh Thành";

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
    @Autowired
    UndeliveredSummary undeliveredSummary;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final List<Delivered> delivered = new ArrayList<>();
    private final Map<LocalDateTime, Runnable> script = new TreeMap<>();
    private final java.util.Set<Long> seen = new java.util.HashSet<>();

    /** A message the channel delivered: to which chat, what kind of outbox row, when (local), what it said. */
    record Delivered(LocalDateTime at, String chatRef, MessageKind kind, String text) {
        boolean proactive() {
            return kind != MessageKind.REPLY;
        }
    }

    @Test
    void aYearOfTheProvince() {
        long started = System.nanoTime();
        province();
        Postponement approved = new Postponement("bt-vp");
        Postponement declined = new Postponement("bt-vt");
        // Thursday night: the secretary of Vĩnh Phước asks; the staff decide on Friday morning
        script.put(LocalDateTime.of(2027, 3, 25, 21, 15), () -> approved.ask(this));
        script.put(LocalDateTime.of(2027, 3, 26, 9, 0), () -> approved.decide("cb-vhh", "1", null));
        script.put(LocalDateTime.of(2027, 3, 26, 9, 5), () -> approved.viewAfter = reply("bt-vp", "/viec"));
        // Thursday night again; the commune's staff declines on Friday at 20:40, after the window closed
        script.put(LocalDateTime.of(2027, 6, 24, 21, 0), () -> declined.ask(this));
        script.put(LocalDateTime.of(2027, 6, 25, 20, 40), () -> declined.decide("cb-vhh", "2", "Tháng 6 có đại hội, cần họp đúng hạn"));

        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            TreeSet<LocalTime> times = new TreeSet<>(TIMES);
            LocalDate today = day;
            script.keySet().stream().filter(at -> at.toLocalDate().equals(today)).forEach(at -> times.add(at.toLocalTime()));
            for (LocalTime time : times) {
                LocalDateTime local = day.atTime(time);
                if (day.equals(FIRST) && time.isBefore(LocalTime.of(8, 0))) {
                    continue; // the bot starts at 08:00 on the first day
                }
                Instant now = local.atZone(VN).toInstant();
                clock.set(now);
                Runnable action = script.get(local);
                if (action != null) {
                    action.run();
                }
                if (time.equals(LocalTime.of(0, 30))) {
                    planner.planAhead();
                    missed.markAt(now);
                }
                reminders.runAt(now);
                digest.runAt(now);
                undeliveredSummary.runAt(now);
                record(terminal.flush());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("ProvinceYearTest: " + delivered.size() + " messages in " + seconds + " s");

        nothingProactiveAtNightOrOnQuietDays();
        escalationsReachTheCommuneItsGroupAndTheDistrictNotWhoSwitchedThemOff();
        whatNobodyHearsIsCountedAndListed();
        theApprovedPostponementMovesTheDeadlineAndTellsTheSecretary(approved);
        theDeclinedPostponementTellsTheSecretaryTheNextMorning(declined);
        theWeeklyDigestArrivesOnMondayAt0730Local();
    }

    // ---------------------------------------------------------------- the province

    private void province() {
        clock.set(FIRST.atTime(8, 0).atZone(VN).toInstant());
        record(terminal.flush());
        // secretaries in private chats bound to their branches (the demo's branch groups stay)
        secretary("bt-vp", "Chị Lan", "kg-ct-vhh-vp");
        secretary("bt-vt", "Chị Mai", "kg-ct-vhh-vt");
        secretary("bt-kp1", "Chị Thu", "kg-rg-vtv-kp1");
        // commune staff, a district admin and a provincial admin in private chats
        person("cb-vhh", "Anh Minh", "kg-ct-vhh", Role.STAFF);
        person("cb-vtv", "Anh Nam", "kg-rg-vtv", Role.STAFF);
        person("ad-ct", "Chị Hoa", "kg-ct", Role.ADMIN);
        person("ad-kg", "Anh Khoa", "kg", Role.ADMIN);
        // the commune Vĩnh Hòa Hiệp has a group chat
        Chat group = chats.findOrCreate("console", "nhom-vhh", Chat.ChatKind.GROUP, "Nhóm Đoàn xã Vĩnh Hòa Hiệp", "vi");
        chats.bind(group.id(), unit("kg-ct-vhh"));
        // no chat at all: the branch Xà Xía (its commune and district have none either) and the company branch
        for (String code : List.of("kg-ht-md-xx", "kg-dl-rg")) {
            chats.boundTo(unit(code)).forEach(chat -> chats.unbind(chat.id(), unit(code)));
            assertThat(chats.boundTo(unit(code))).isEmpty();
        }
        // the provincial admin and the top admin (the terminal) do not want escalations, only requests
        assertThat(reply("ad-kg", "/nhantin tre tat")).contains("Đã tắt tin «việc quá hạn (tre)»");
        assertThat(reply("terminal", "/nhantin tre tat")).contains("Đã tắt tin «việc quá hạn (tre)»");
    }

    private void secretary(String ref, String name, String unitCode) {
        person(ref, name, unitCode, Role.SECRETARY);
        chats.bind(chats.find("console", ref).orElseThrow().id(), unit(unitCode));
    }

    private Person person(String ref, String name, String unitCode, Role role) {
        Person person = people.findOrCreate("console", ref, name, "vi");
        chats.findOrCreate("console", ref, Chat.ChatKind.PRIVATE, null, "vi");
        people.grant(person.id(), unit(unitCode), role, null);
        return person;
    }

    private long unit(String code) {
        return units.findByCode(code).orElseThrow().id();
    }

    // ---------------------------------------------------------------- talking and recording

    /** Says something in a private chat and returns the text of the answers to that chat (all delivered ones are recorded). */
    String reply(String ref, String text) {
        record(terminal.as(ref, ref, text));
        return delivered.stream().filter(d -> d.chatRef().equals(ref) && d.at().equals(now()) && !d.proactive())
                .map(Delivered::text).reduce((a, b) -> b).orElse("");
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), VN);
    }

    /** Records the outbox rows sent since the last call, checked against what the channel received. */
    private void record(List<CapturingSender.Sent> sent) {
        List<Delivered> rows = jdbc.sql("SELECT o.id, o.kind, o.payload, o.sent_at, c.chat_ref FROM outbox_message o "
                        + "JOIN chat c ON c.id = o.chat_id WHERE o.state = 'SENT' AND o.sent_at = ? ORDER BY o.id")
                .param(clock.millis())
                .query((rs, n) -> !seen.add(rs.getLong("id")) ? null : new Delivered(LocalDateTime.ofInstant(Instant.ofEpochMilli(rs.getLong("sent_at")), VN),
                        rs.getString("chat_ref"), MessageKind.valueOf(rs.getString("kind")), text(rs.getString("payload"))))
                .list();
        List<Delivered> fresh = rows.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(fresh).as("every message the channel received is an outbox row sent now").hasSize(sent.size());
        delivered.addAll(fresh);
    }

    private String text(String payload) {
        try {
            return json.readTree(payload).path("text").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(payload, e);
        }
    }

    private List<Delivered> to(String chatRef) {
        return delivered.stream().filter(d -> d.chatRef().equals(chatRef)).toList();
    }

    private List<Delivered> escalationsTo(String chatRef) {
        return to(chatRef).stream().filter(d -> d.kind() == MessageKind.ESCALATION).toList();
    }

    // ---------------------------------------------------------------- postponements

    /** A secretary asks to postpone her first item to three weeks from now; a staff member decides. */
    static final class Postponement {
        final String secretary;
        LocalDateTime askedAt;
        LocalDate deadline;
        LocalDate wanted;
        String askAnswer;
        LocalDateTime decidedAt;
        String decisionAnswer;
        String viewAfter;

        Postponement(String secretary) {
            this.secretary = secretary;
        }

        void ask(ProvinceYearTest test) {
            askedAt = test.now();
            String list = test.reply(secretary, "/viec");
            Matcher first = Pattern.compile("1\\. .*?(?:hết ngày |hạn )(\\d\\d/\\d\\d/\\d{4})").matcher(list);
            assertThat(first.find()).as(list).isTrue();
            deadline = LocalDate.parse(first.group(1), DAY);
            wanted = askedAt.toLocalDate().plusWeeks(3);
            askAnswer = test.reply(secretary, "/hoan 1 " + wanted.format(DateTimeFormatter.ofPattern("dd/MM")));
            this.test = test;
        }

        private ProvinceYearTest test;

        void decide(String staff, String choice, String reason) {
            decidedAt = test.now();
            assertThat(test.reply(staff, "/duyet")).contains(test.branchName(secretary), "xin đến " + wanted.format(DAY));
            decisionAnswer = test.reply(staff, choice);
            if (reason != null) {
                assertThat(decisionAnswer).contains("Vì sao không đồng ý");
                decisionAnswer = test.reply(staff, reason);
            }
        }
    }

    String branchName(String secretary) {
        return secretary.equals("bt-vp") ? VINH_PHUOC : VINH_THANH;
    }

    // ---------------------------------------------------------------- what must hold

    private void nothingProactiveAtNightOrOnQuietDays() {
        assertThat(delivered).filteredOn(Delivered::proactive).isNotEmpty().allSatisfy(d -> {
            assertThat(d.at().toLocalTime()).as(d.toString()).isBetween(WINDOW_START, WINDOW_END.minusNanos(1));
            assertThat(quiet(d.at().toLocalDate())).as(d.toString()).isFalse();
        });
        // replies go at any hour: the requests at night were answered at once
        assertThat(delivered).anySatisfy(d -> {
            assertThat(d.proactive()).isFalse();
            assertThat(d.at().toLocalTime()).isAfter(WINDOW_END);
        });
    }

    private static boolean quiet(LocalDate day) {
        String monthDay = day.format(DateTimeFormatter.ofPattern("MM-dd"));
        return List.of("01-01", "04-30", "05-01", "09-02").contains(monthDay)
                || !day.isBefore(LocalDate.of(2027, 2, 5)) && !day.isAfter(LocalDate.of(2027, 2, 10));
    }

    private void escalationsReachTheCommuneItsGroupAndTheDistrictNotWhoSwitchedThemOff() {
        for (String chat : List.of("nhom-vhh", "cb-vhh", "ad-ct")) {
            assertThat(escalationsTo(chat)).as("escalations to " + chat)
                    .anySatisfy(d -> assertThat(d.text()).contains("⚠️ Các đơn vị dưới đây đã quá hạn", VINH_PHUOC))
                    .anySatisfy(d -> assertThat(d.text()).contains(VINH_THANH));
        }
        // from the first morning: the annual report due before 15/11/2026 is overdue and escalated to the district's admin
        assertThat(escalationsTo("ad-ct")).anySatisfy(d -> {
            assertThat(d.at()).isEqualTo(FIRST.atTime(8, 0));
            assertThat(d.text()).contains("Huyện đoàn Châu Thành", "Báo cáo năm triển khai Kế hoạch thực hiện NQ Đại hội XIII (năm 2026)");
        });
        // the same escalation of the commune's branches reaches its group and its staff on the same day and time
        List<LocalDateTime> toGroup = escalationsTo("nhom-vhh").stream().filter(d -> d.text().contains(VINH_PHUOC)).map(Delivered::at).toList();
        List<LocalDateTime> toStaff = escalationsTo("cb-vhh").stream().filter(d -> d.text().contains(VINH_PHUOC)).map(Delivered::at).toList();
        assertThat(toStaff).isEqualTo(toGroup);
        // a commune's staff hears only of the commune's branches
        assertThat(escalationsTo("cb-vhh")).allSatisfy(d -> assertThat(d.text()).doesNotContain("khu phố", "Xà Xía", "Điện lực"));
        assertThat(escalationsTo("cb-vtv")).anySatisfy(d -> assertThat(d.text()).contains("Chi đoàn khu phố 1"))
                .allSatisfy(d -> assertThat(d.text()).doesNotContain("Vĩnh Phước", "Vĩnh Thành", "Xà Xía"));
        // who switched escalations off hears none; a secretary is not a supervisor
        for (String chat : List.of("ad-kg", "terminal", "bt-vp", "bt-vt", "bt-kp1")) {
            assertThat(escalationsTo(chat)).as("escalations to " + chat).isEmpty();
        }
        // the branches still get their own reminders, in their groups and their secretaries' private chats
        for (String chat : List.of("bt-vp", "demo-kg-ct-vhh-vp", "bt-kp1")) {
            assertThat(to(chat)).as("reminders to " + chat).anySatisfy(d -> assertThat(d.kind()).isEqualTo(MessageKind.REMINDER));
        }
    }

    private void whatNobodyHearsIsCountedAndListed() {
        for (String code : List.of("kg-ht-md-xx", "kg-dl-rg")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM undelivered_notice WHERE unit_id = ? AND kind = 'ESCALATION'")
                    .param(unit(code)).query(Long.class).single()).as("undelivered escalations of " + code).isPositive();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM undelivered_notice WHERE unit_id = ?").param(unit("kg-ct-vhh-vp"))
                .query(Long.class).single()).as("Vĩnh Phước is heard").isZero();
        clock.set(LAST.atTime(9, 0).atZone(VN).toInstant());
        for (String code : List.of("kg-ht-md-xx", "kg-dl-rg")) {
            long count = jdbc.sql("SELECT COUNT(*) FROM undelivered_notice WHERE unit_id = ?").param(unit(code)).query(Long.class).single();
            assertThat(reply("terminal", "/chuatoi " + code)).startsWith("📭 " + count + " tin báo lên không đến được ai")
                    .contains("[" + code + "] · việc quá hạn (tre)");
        }
        assertThat(reply("ad-ct", "/chuatoi kg-ct-vhh")).isEqualTo("✅ Không có tin báo lên nào bị lỡ trong phần bạn phụ trách.");
        // and the top admin got the daily summary of them, inside the window like everything else
        List<Delivered> summaries = to("terminal").stream().filter(d -> d.text().startsWith("📭 Tổng hợp ngày")).toList();
        // each notice is in one summary (they name the first ten and count the rest): the counts add up to all of them
        Pattern header = Pattern.compile("^📭 Tổng hợp ngày \\S+: (\\d+) tin báo lên");
        long summarised = summaries.stream().mapToLong(d -> {
            Matcher count = header.matcher(d.text());
            assertThat(count.find()).as(d.text()).isTrue();
            return Long.parseLong(count.group(1));
        }).sum();
        assertThat(summarised).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM undelivered_notice").query(Long.class).single());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM undelivered_notice WHERE summarized_at IS NULL").query(Long.class).single()).isZero();
        assertThat(summaries.stream().map(d -> d.at().toLocalDate()).distinct().count()).as("once a day").isEqualTo(summaries.size());
        assertThat(to("ad-kg")).as("only the top admins get the summary").noneSatisfy(d -> assertThat(d.text()).startsWith("📭"));
    }

    private void theApprovedPostponementMovesTheDeadlineAndTellsTheSecretary(Postponement p) {
        assertThat(p.askAnswer).contains("Đã gửi đề nghị hoãn");
        LocalDateTime morning = p.askedAt.toLocalDate().plusDays(1).atTime(WINDOW_START);
        // the request reached the commune's staff, its group, the district and the province in private, at 07:30 the next morning
        for (String chat : List.of("cb-vhh", "nhom-vhh", "ad-ct", "ad-kg")) {
            assertThat(to(chat)).as("the request to " + chat).filteredOn(d -> d.text().contains("xin hoãn") && d.text().contains(VINH_PHUOC))
                    .singleElement().satisfies(d -> {
                        assertThat(d.at()).isEqualTo(morning);
                        assertThat(d.kind()).isEqualTo(MessageKind.NOTICE);
                        assertThat(d.text()).contains(p.wanted.format(DAY), "Chị Lan");
                    });
        }
        assertThat(to("cb-vtv")).as("another commune's staff").noneSatisfy(d -> assertThat(d.text()).contains("xin hoãn"));
        assertThat(to("bt-vp")).as("not to herself").noneSatisfy(d -> assertThat(d.text()).contains("xin hoãn"));

        assertThat(p.decisionAnswer).contains("Đã đồng ý", "gia hạn đến hết ngày " + p.wanted.format(DAY));
        assertThat(to("bt-vp")).filteredOn(d -> d.text().contains("Anh Minh đã đồng ý")).singleElement().satisfies(d -> {
            assertThat(d.at()).isEqualTo(p.decidedAt);
            assertThat(d.text()).contains("gia hạn đến hết ngày " + p.wanted.format(DAY), "hạn gốc: hết ngày " + p.deadline.format(DAY));
        });
        assertThat(p.viewAfter).contains("hết ngày " + p.wanted.format(DAY));
        // the reminder stages start again for the new date, in the secretary's chat
        assertThat(to("bt-vp")).filteredOn(d -> d.kind() == MessageKind.REMINDER && d.at().isAfter(p.decidedAt))
                .anySatisfy(d -> assertThat(d.text()).contains("hết ngày " + p.wanted.format(DAY)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'postpone.approve' AND outcome = 'DONE'").query(Long.class).single())
                .isEqualTo(1);
    }

    private void theDeclinedPostponementTellsTheSecretaryTheNextMorning(Postponement p) {
        assertThat(p.askAnswer).contains("Đã gửi đề nghị hoãn");
        assertThat(to("cb-vhh")).filteredOn(d -> d.text().contains("xin hoãn") && d.text().contains(VINH_THANH))
                .singleElement().satisfies(d -> assertThat(d.at()).isEqualTo(p.askedAt.toLocalDate().plusDays(1).atTime(WINDOW_START)));
        assertThat(p.decisionAnswer).contains("Đã ghi nhận không đồng ý");
        assertThat(to("bt-vt")).filteredOn(d -> d.text().contains("Anh Minh không đồng ý")).singleElement().satisfies(d -> {
            assertThat(d.at()).as("declined at 20:40: the secretary reads it at 07:30")
                    .isEqualTo(p.decidedAt.toLocalDate().plusDays(1).atTime(WINDOW_START));
            assertThat(d.text()).contains("Lý do: Tháng 6 có đại hội, cần họp đúng hạn", "Hạn vẫn là hết ngày " + p.deadline.format(DAY));
        });
    }

    private void theWeeklyDigestArrivesOnMondayAt0730Local() {
        for (String chat : List.of("cb-vhh", "cb-vtv", "ad-ct", "ad-kg", "terminal")) {
            List<Delivered> digests = to(chat).stream().filter(d -> d.text().startsWith("🗓️ Tổng hợp tuần")).toList();
            // Mondays from 07/12/2026 to 29/11/2027
            assertThat(digests).as("digests to " + chat).hasSize(52).allSatisfy(d -> {
                assertThat(d.at().toLocalTime()).isEqualTo(WINDOW_START);
                // Monday 08/02/2027 is Tết: that week's digest waits for the first working day
                LocalDate expected = d.at().toLocalDate().equals(LocalDate.of(2027, 2, 11)) ? LocalDate.of(2027, 2, 11)
                        : d.at().toLocalDate().with(DayOfWeek.MONDAY);
                assertThat(d.at().toLocalDate()).isEqualTo(expected);
            });
        }
        assertThat(to("cb-vhh")).as("the Tết week's digest, on the first working day")
                .anySatisfy(d -> {
                    assertThat(d.text()).startsWith("🗓️ Tổng hợp tuần");
                    assertThat(d.at()).isEqualTo(LocalDateTime.of(2027, 2, 11, 7, 30));
                });
        assertThat(to("bt-vp")).as("a secretary gets no digest").noneSatisfy(d -> assertThat(d.text()).startsWith("🗓️"));
    }
}
