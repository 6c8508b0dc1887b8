package vn.doan.nhacviec.bot.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** A fresh installation without the demo: nobody is admin until someone sends the claim code from the log. */
@BotApplicationTest
@DirtiesContext // its own properties: its own application, closed after it
@TestPropertySource(properties = "nhacviec.demo.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminClaimTest {

    @Autowired
    FirstAdminClaim claim;
    @Autowired
    Terminal terminal;
    @Autowired
    MutableClock clock;
    @Autowired
    PersonRepository people;
    @Autowired
    UnitRepository units;
    @Autowired
    InviteRepository invites;

    @AfterEach
    void today() {
        clock.set(BotTestConfiguration.START);
    }

    @Test
    void theCodeIsWrittenToTheLogExpiresAfter24HoursAndWorksOnce(CapturedOutput log) {
        assertThat(people.countAdmins()).isZero();
        assertThat(units.roots()).extracting(u -> u.code()).containsExactly("tw");

        // two starts on an empty database: only the latest code is valid
        String earlier = claim.issueIfNeeded().orElseThrow();
        String expiring = claim.issueIfNeeded().orElseThrow();
        assertThat(terminal.as("early", "early", "/start " + earlier).get(0).message().text()).startsWith("Mã mời không đúng");
        assertThat(people.countAdmins()).isZero();
        assertThat(log.getOut()).contains("/start " + expiring);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(terminal.as("first", "first", "/start " + expiring).get(0).message().text()).startsWith("Mã mời không đúng");
        assertThat(people.countAdmins()).isZero();

        clock.set(BotTestConfiguration.START);
        String code = claim.issueIfNeeded().orElseThrow();
        clock.advance(Duration.ofHours(23));
        assertThat(terminal.as("first", "first", "/ma " + code).get(0).message().text())
                .startsWith("🎉 Chào mừng! Bạn đã là quản trị của Trung ương Đoàn TNCS Hồ Chí Minh.");
        var first = people.findByIdentity("console", "first").orElseThrow();
        assertThat(people.activeRoles(first.id())).extracting(RoleAssignment::role).containsExactly(Role.ADMIN);
        assertThat(terminal.as("first", "first", "/help").get(0).message().text()).contains("/saoluu").contains("/themdv");

        assertThat(terminal.as("second", "second", "/start " + code).get(0).message().text()).startsWith("Mã mời không đúng");
        assertThat(people.countAdmins()).isEqualTo(1);
        assertThat(claim.issueIfNeeded()).as("no new code once someone is admin").isEmpty();

        // a claim code left from before (an earlier start's): refused once an admin exists
        String leftOver = invites.createClaim(units.roots().get(0).id(), Duration.ofHours(24));
        assertThat(terminal.as("third", "third", "/start " + leftOver).get(0).message().text()).startsWith("Mã mời không đúng");
        assertThat(people.countAdmins()).isEqualTo(1);
        assertThat(invites.findByCode(leftOver)).as("cancelled").isEmpty();
    }
}
