package vn.doan.nhacviec.bot.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;

/** Invites after they are made: listed, cancelled, dropped with their maker's role, purged once closed. */
@BotApplicationTest
@TestPropertySource(properties = "nhacviec.safety.commands-per-minute=100000")
class InviteLifecycleTest {

    @Autowired
    Terminal terminal;
    @Autowired
    PersonRepository people;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void today() {
        clock.set(BotTestConfiguration.START);
    }

    @Test
    void anAdminInviteKeptAfterTheRevokeNoLongerMakesAnAdmin() {
        // the reproduction of the issue: 3001 joins as admin, makes another admin invite, is revoked, then uses the kept code
        String first = code(say("terminal", "/moi tw quantri"));
        assertThat(say("u3001", "/ma " + first)).contains("Chào mừng");
        Person u3001 = people.findByIdentity("console", "u3001").orElseThrow();
        String kept = code(say("u3001", "/moi tw quantri"));
        String keptSecretary = code(say("u3001", "/moi tn-tb bithu"));
        assertThat(say("u3001", "/moi")).contains("2 mã mời còn hạn").contains("quản trị").contains("bí thư");

        assertThat(say("terminal", "/thuhoi tw #" + u3001.id() + " quantri")).startsWith("✅ Đã thu hồi vai trò quản trị");
        assertThat(openInvitesBy(u3001)).as("the invites 3001 may no longer make are cancelled with the role").isZero();

        assertThat(say("u3001", "/ma " + kept)).startsWith("Mã mời không đúng");
        assertThat(say("u3002", "/ma " + kept)).startsWith("Mã mời không đúng");
        assertThat(say("u3002", "/ma " + keptSecretary)).startsWith("Mã mời không đúng");
        assertThat(people.activeRoles(u3001.id())).isEmpty();
        assertThat(people.findByIdentity("console", "u3002").map(p -> people.activeRoles(p.id())).orElse(List.of())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'invite.cancel' AND after_text = 'maker lost the role'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aStaffInviteStaysWhileTheMakerStillMayMakeIt() {
        String staff = code(say("terminal", "/moi tn-tb canbo"));
        assertThat(say("u3101", "/ma " + staff)).contains("Chào mừng");
        Person maker = people.findByIdentity("console", "u3101").orElseThrow();
        people.grant(maker.id(), idOf("tn-tb"), Role.ADMIN, null);
        String secretary = code(say("u3101", "/moi tn-tb bithu"));
        // losing the admin role, keeping staff: a secretary invite needs staff only, so it stays
        assertThat(say("terminal", "/thuhoi tn-tb #" + maker.id() + " quantri")).startsWith("✅");
        assertThat(say("u3102", "/ma " + secretary)).contains("Chào mừng");
    }

    @Test
    void openInvitesAreListedAndCancelledByTheirMakerOrAnAdminOfTheUnitOnly() {
        String staffCode = code(say("terminal", "/moi tn-tb canbo"));
        assertThat(say("u3201", "/ma " + staffCode)).contains("Chào mừng");
        String made = say("u3201", "/moi tn-tb bithu");
        long id = inviteIdOf(code(made));
        assertThat(say("u3201", "/moi")).contains("#" + id + " · ").contains("bí thư").contains("/huymoi");
        assertThat(say("terminal", "/moi")).as("the admin sees the invites of the subtree").contains("#" + id + " · ");

        String other = code(say("terminal", "/moi tn bithu"));
        long otherId = inviteIdOf(other);
        assertThat(say("u3201", "/moi")).doesNotContain("#" + otherId + " · ");
        assertThat(say("u3201", "/huymoi #" + otherId)).startsWith("Mã mời #" + otherId + " không do bạn tạo");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'invite.cancel' AND outcome = 'REFUSED' AND actor_id = ?")
                .param(people.findByIdentity("console", "u3201").orElseThrow().id()).query(Long.class).single()).isEqualTo(1);

        assertThat(say("u3201", "/huymoi #" + id)).startsWith("✅ Đã huỷ mã mời #" + id);
        assertThat(say("u3202", "/ma " + code(made))).startsWith("Mã mời không đúng");
        assertThat(say("terminal", "/huymoi " + otherId)).startsWith("✅ Đã huỷ mã mời #" + otherId);
        assertThat(say("terminal", "/huymoi " + otherId)).startsWith("Không có mã mời #" + otherId + " còn hạn");
        assertThat(say("u3201", "/huymoi abc")).startsWith("Cách dùng: /huymoi");
    }

    @Test
    void usedAndExpiredInvitesArePurgedWhenInvitesAreListedOrMade() {
        String expiring = code(say("terminal", "/moi tn-tb bithu"));
        long expiringId = inviteIdOf(expiring);
        clock.advance(Duration.ofDays(8));
        say("terminal", "/moi");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM invite WHERE id = ?").param(expiringId).query(Long.class).single()).isZero();
    }

    private long openInvitesBy(Person person) {
        return jdbc.sql("SELECT COUNT(*) FROM invite WHERE created_by = ? AND used_at IS NULL").param(person.id()).query(Long.class).single();
    }

    private long idOf(String unitCode) {
        return jdbc.sql("SELECT id FROM unit WHERE code = ?").param(unitCode).query(Long.class).single();
    }

    private long inviteIdOf(String code) {
        return jdbc.sql("SELECT id FROM invite WHERE code_hash = ?").param(vn.doan.nhacviec.data.invite.InviteCodes.hash(code))
                .query(Long.class).single();
    }

    private String say(String user, String text) {
        List<CapturingSender.Sent> sent = terminal.as(user, user, text);
        return String.join("\n", sent.stream().filter(s -> s.chat().chatRef().equals(user)).map(s -> s.message().text()).toList());
    }

    private static String code(String invite) {
        Matcher matcher = Pattern.compile("/ma (\\S+)»").matcher(invite);
        assertThat(matcher.find()).as(invite).isTrue();
        return matcher.group(1);
    }
}
