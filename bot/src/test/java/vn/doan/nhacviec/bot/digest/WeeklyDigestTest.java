package vn.doan.nhacviec.bot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.staff.GeneratedTree;
import vn.doan.nhacviec.bot.staff.StaffProperties;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.time.VietnamTime;

/** The weekly digest goes to every staff member once a week, with what is overdue and how it changed. */
@BotApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeeklyDigestTest {

    static final Instant MONDAY_8 = Instant.parse("2026-11-23T01:00:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    WeeklyDigest digest;
    @Autowired
    Terminal terminal;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonRepository people;

    GeneratedTree tree;
    Person provinceStaff;
    Person admin;

    @BeforeAll
    void generate() {
        tree = new GeneratedTree(context);
        provinceStaff = tree.staff("province-staff", tree.root, Role.STAFF);
        tree.staff("district-2-staff", tree.districts.get(1), Role.STAFF);
        admin = tree.staff("gen-admin", tree.root, Role.ADMIN);
        people.grant(admin.id(), tree.districts.get(0).id(), Role.STAFF, null);
        // staff with no private chat with the bot: nowhere to send
        long silent = people.create("Cán bộ chưa nhắn bot", "vi");
        people.grant(silent, tree.root.id(), Role.STAFF, null);
        terminal.flush();
    }

    @AfterEach
    void backToNow() {
        clock.set(GeneratedTree.NOW);
        terminal.flush();
    }

    @Test
    void eachStaffMemberGetsTheDigestOncePerWeek() {
        List<CapturingSender.Sent> first = runAt(MONDAY_8);
        String province = only(first, "province-staff");
        assertThat(province).startsWith("🗓️ Tổng hợp tuần từ 23/11/2026")
                .contains("📍 Tỉnh đoàn Thử Nghiệm: đang quá hạn 6 việc ở 6 đơn vị.")
                // a week before: 3 branch meetings and 2 commune reports; since then 2 district reports fell due, 1 meeting was held late
                .contains("So với tuần trước (5 việc quá hạn): 2 việc mới quá hạn, 1 việc đã khép lại.")
                .contains("[gen-d2-c1]");
        assertThat(only(first, "district-2-staff")).contains("📍 Huyện đoàn Số 2: đang quá hạn 3 việc ở 3 đơn vị.")
                .doesNotContain("Huyện đoàn Số 3");
        // two roles, one digest, about the larger subtree
        assertThat(only(first, "gen-admin")).contains("Tỉnh đoàn Thử Nghiệm").doesNotContain("📍 Huyện đoàn Số 1");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedup_key = ?")
                .param("digest:" + provinceStaff.id() + ":" + tree.staffChat("province-staff").id() + ":2026-11-23")
                .query(Long.class).single()).isEqualTo(1);

        assertThat(digestsIn(runAt(MONDAY_8))).isEmpty();
        assertThat(digestsIn(runAt(Instant.parse("2026-11-25T03:00:00Z")))).isEmpty();
        // just before next Monday's time (07:30, when the sending window opens) it is still this week
        assertThat(digestsIn(runAt(Instant.parse("2026-11-30T00:29:00Z")))).isEmpty();

        List<CapturingSender.Sent> next = runAt(Instant.parse("2026-11-30T00:30:00Z"));
        assertThat(only(next, "province-staff")).startsWith("🗓️ Tổng hợp tuần từ 30/11/2026");
        assertThat(digestsIn(next)).extracting(s -> s.chat().chatRef()).contains("province-staff", "district-2-staff", "gen-admin")
                .doesNotHaveDuplicates();
    }

    @Test
    void joiningMidWeekSendsNothingAndTheDigestComesOnMondayMorning() {
        // Friday 25/12, 01:15 in Vietnam: a new staff member joins
        clock.set(Instant.parse("2026-12-24T18:15:00Z"));
        tree.staff("newcomer", tree.districts.get(2), Role.STAFF);
        assertThat(digestsIn(runAt(Instant.parse("2026-12-24T18:15:00Z")))).noneMatch(s -> s.chat().chatRef().equals("newcomer"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE 'digest:%' AND chat_id = ?")
                .param(tree.staffChat("newcomer").id()).query(Long.class).single()).isZero();
        assertThat(digestsIn(runAt(Instant.parse("2026-12-25T03:00:00Z")))).noneMatch(s -> s.chat().chatRef().equals("newcomer"));

        // Monday 28/12, 07:30: the week's digest, at the configured time
        List<CapturingSender.Sent> monday = runAt(Instant.parse("2026-12-28T00:30:00Z"));
        assertThat(only(monday, "newcomer")).startsWith("🗓️ Tổng hợp tuần từ 28/12/2026").contains("Huyện đoàn Số 3");
    }

    @Test
    void aDigestCaughtUpAtNightWaitsForTheMorning() {
        // the bot was down all Monday 14/12 and comes back on Tuesday at 00:45
        List<CapturingSender.Sent> night = runAt(Instant.parse("2026-12-14T17:45:00Z"));
        assertThat(digestsIn(night)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE dedup_key LIKE 'digest:%:2026-12-14' AND state = 'PENDING'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
        // still waiting at 07:29 ...
        clock.set(Instant.parse("2026-12-15T00:29:00Z"));
        assertThat(digestsIn(terminal.flush())).isEmpty();
        // ... and out when the window opens
        clock.set(Instant.parse("2026-12-15T00:30:00Z"));
        assertThat(digestsIn(terminal.flush())).extracting(s -> s.chat().chatRef())
                .contains("province-staff", "district-2-staff", "gen-admin");
    }

    @Test
    void theWeekStartsAtTheConfiguredDayAndTime() {
        WeeklyDigest friday = new WeeklyDigest(null, null, null, null, null, null, null,
                new StaffProperties(new StaffProperties.Triggers(true, java.time.Duration.ofMinutes(1)),
                        new StaffProperties.Digest(true, java.time.DayOfWeek.FRIDAY, java.time.LocalTime.of(16, 30))), null, null, null);
        assertThat(friday.weekOf(Instant.parse("2026-11-27T09:29:00Z"))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(friday.weekOf(Instant.parse("2026-11-27T09:30:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(friday.weekOf(Instant.parse("2026-11-30T01:00:00Z"))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(digest.weekOf(MONDAY_8)).isEqualTo(LocalDate.of(2026, 11, 23));
        // local to the recipient: 07:45 in Vietnam is 09:45 in Tokyo, both after Monday's 07:30; 07:15 in Vietnam is not yet
        assertThat(digest.weekOf(Instant.parse("2026-11-23T00:45:00Z"), VietnamTime.ZONE))
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(digest.weekOf(Instant.parse("2026-11-23T00:45:00Z"), java.time.ZoneId.of("Asia/Tokyo")))
                .isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(digest.weekOf(Instant.parse("2026-11-23T00:15:00Z"), VietnamTime.ZONE))
                .isEqualTo(LocalDate.of(2026, 11, 16));
    }

    private List<CapturingSender.Sent> runAt(Instant at) {
        clock.set(at);
        digest.runAt(at);
        return terminal.flush();
    }

    private static List<CapturingSender.Sent> digestsIn(List<CapturingSender.Sent> sent) {
        return sent.stream().filter(s -> s.message().text().startsWith("🗓️")).toList();
    }

    private static String only(List<CapturingSender.Sent> sent, String chatRef) {
        List<CapturingSender.Sent> to = sent.stream().filter(s -> s.chat().chatRef().equals(chatRef)).toList();
        assertThat(to).as(chatRef).hasSize(1);
        return to.get(0).message().text();
    }
}
