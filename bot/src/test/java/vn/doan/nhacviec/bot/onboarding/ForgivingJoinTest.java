package vn.doan.nhacviec.bot.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doan.nhacviec.bot.demo.DemoSetup;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Joining forgives how the code is sent (bare, quoted, in any case, without the slash); a mistyped
 * command gets the command it was probably meant to be; a group bound to no unit is only told how
 * to bind it.
 */
@BotApplicationTest
class ForgivingJoinTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    Terminal terminal;
    @Autowired
    InviteRepository invites;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;

    Unit branch;

    @BeforeEach
    void setUp() {
        terminal.flush();
        branch = units.findByCode(DemoSetup.DEMO_BRANCH).orElseThrow();
    }

    @Test
    void aBareCodeJoins() {
        assertJoinsWith(code -> code);
    }

    @Test
    void theJoinCommandWithTheQuotesTheBotShowsJoins() {
        assertJoinsWith(code -> "/ma «" + code + "»");
        assertJoinsWith(code -> "/ma \"" + code + "\"");
        assertJoinsWith(code -> "«" + code + "»");
    }

    @Test
    void theCodeInLowerCaseOrWithoutTheSlashJoins() {
        assertJoinsWith(code -> code.toLowerCase(Locale.ROOT));
        assertJoinsWith(code -> "/ma " + code.toLowerCase(Locale.ROOT));
        assertJoinsWith(code -> "ma " + code);
    }

    @Test
    void aWrongCodeIsRefusedAndOtherTextStillGetsTheUnboundAnswer() {
        String person = newcomer();
        assertThat(answer(person, "7K2QM9XD4HV8TR3PZ1WE")).startsWith("Mã mời không đúng");
        assertThat(answer(person, "xin chào")).startsWith("Bạn chưa gắn với đơn vị nào");
        assertThat(people.findByIdentity("console", person).map(p -> people.activeRoles(p.id()))).hasValueSatisfying(
                roles -> assertThat(roles).isEmpty());
    }

    @Test
    void aMistypedCommandGetsTheCommandItWasMeantToBe() {
        assertThat(terminal.answer("/việc")).isEqualTo("Tôi không biết lệnh /việc. Ý bạn là /viec? Gõ /help để xem các lệnh.");
        assertThat(terminal.answer("/vec")).contains("Ý bạn là /viec?");
        assertThat(terminal.answer("/Help")).doesNotContain("không biết");
        assertThat(terminal.answer("/hlep")).contains("Ý bạn là /help?");
        assertThat(terminal.answer("/xyzzyq")).isEqualTo("Tôi không biết lệnh /xyzzyq. Gõ /help để xem các lệnh.");
        // only commands the person may use are suggested
        assertThat(answer(newcomer(), "/moii")).doesNotContain("Ý bạn là");
    }

    @Test
    void aGroupBoundToNoUnitIsOnlyToldHowToBindItWhoeverWrites() {
        String group = "group-" + PEOPLE.incrementAndGet();
        // the demo's terminal user is admin and secretary elsewhere: that does not make the group theirs
        String viec = single(terminal.inGroup("terminal", group, "/viec"));
        assertThat(viec).startsWith("Nhóm này chưa gắn với đơn vị nào nên chỉ dùng được /start và /help.")
                .doesNotContain(branch.name());
        assertThat(single(terminal.inGroup("terminal", group, "xong"))).startsWith("Nhóm này chưa gắn với đơn vị nào");
        String help = single(terminal.inGroup("terminal", group, "/help"));
        assertThat(help).contains("/start").contains("/help").doesNotContain("/viec").doesNotContain("/xong");

        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        assertThat(single(terminal.inGroup("terminal", group, "/ma «" + code.toLowerCase(Locale.ROOT) + "»")))
                .startsWith("🎉 Nhóm này đã được gắn với " + branch.name());
        assertThat(single(terminal.inGroup("terminal", group, "/viec"))).contains(branch.name());
    }

    private void assertJoinsWith(java.util.function.UnaryOperator<String> typed) {
        String code = invites.create(branch.id(), Role.SECRETARY, null, Duration.ofDays(1));
        String person = newcomer();
        String text = typed.apply(code);
        assertThat(answer(person, text)).as(text).startsWith("🎉 Chào mừng! Bạn đã là bí thư của " + branch.name());
        var joined = people.findByIdentity("console", person).orElseThrow();
        assertThat(people.activeRoles(joined.id())).anyMatch(r -> r.unitId() == branch.id() && r.role() == Role.SECRETARY);
    }

    private String newcomer() {
        return "newcomer-" + PEOPLE.incrementAndGet();
    }

    private String answer(String person, String text) {
        return single(terminal.as(person, person, text));
    }

    private static String single(java.util.List<CapturingSender.Sent> sent) {
        assertThat(sent).hasSize(1);
        return sent.get(0).message().text();
    }
}
