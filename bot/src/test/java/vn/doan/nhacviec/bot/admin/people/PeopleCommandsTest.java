package vn.doan.nhacviec.bot.admin.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.admin.AdminFixture;
import vn.doan.nhacviec.bot.admin.AdminTestSupport;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** People of a unit from chat: the list, revoking, and handing the secretary's role over. */
@BotApplicationTest
class PeopleCommandsTest {

    @Autowired
    Terminal terminal;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    PlanRepository plans;
    @Autowired
    ObligationRepository obligations;
    @Autowired
    JdbcClient jdbc;

    AdminFixture fixture;
    AdminTestSupport admin;
    Unit branch;

    @BeforeEach
    void aBranchWithASecretaryAndAMember() {
        fixture = new AdminFixture(units, people, chats, plans, obligations, jdbc, Path.of("target/people-files"));
        AdminFixture.Case c = fixture.newCase(AdminFixture.Holder.ADMIN);
        admin = new AdminTestSupport(terminal, c.userRef());
        branch = c.inside().unit();
        terminal.flush();
    }

    @Test
    void theListShowsRolesChannelsChatsAndInvites() {
        Person secretary = secretary("lan");
        admin.say("/moi " + branch.code() + " doanvien");
        String list = admin.say("/nguoi " + branch.code());
        assertThat(list).startsWith("👥 Người của " + branch.name() + " [" + branch.code() + "]:")
                .contains("#" + secretary.id() + " " + secretary.displayName() + " — bí thư · console")
                .contains("— đoàn viên · console")
                .contains("Chat nhận nhắc việc: 1 (trong đó 0 nhóm).")
                .contains("Mã mời còn hạn: 1.");
    }

    @Test
    void aRevokedRoleEndsAtOnceAndThePrivateChatStopsReceivingTheUnit() {
        Person secretary = secretary("minh");
        AdminTestSupport former = new AdminTestSupport(terminal, secretary.displayName());
        assertThat(former.say("/viec")).contains(branch.name());
        assertThat(admin.say("/thuhoi " + branch.code() + " #" + secretary.id())).isEqualTo(
                "✅ Đã thu hồi vai trò bí thư của #" + secretary.id() + " ở " + branch.name() + ". Có hiệu lực ngay.");
        assertThat(people.activeRoles(secretary.id())).isEmpty();
        assertThat(chats.boundTo(branch.id())).isEmpty();
        assertThat(former.say("/xong")).contains("chưa gắn với đơn vị nào");
        assertThat(admin.say("/thuhoi " + branch.code() + " #" + secretary.id())).contains("không có vai trò đó");
    }

    @Test
    void handingOverMovesTheRightsAndThePrivateChatAtOnce() {
        Person old = secretary("hoa");
        Person next = fixture.person("tuan-" + System.nanoTime());
        people.grant(next.id(), branch.id(), Role.MEMBER, null);
        AdminTestSupport former = new AdminTestSupport(terminal, old.displayName());
        AdminTestSupport successor = new AdminTestSupport(terminal, next.displayName());

        assertThat(admin.say("/chuyenbithu " + branch.code() + " #" + next.id())).isEqualTo(
                "✅ Bí thư của " + branch.name() + ": " + old.displayName() + " → " + next.displayName()
                        + ". Người cũ mất quyền ngay; lời nhắc riêng chuyển sang người mới.");
        assertThat(people.activeRolesAt(branch.id())).filteredOn(r -> r.role() == Role.SECRETARY)
                .extracting(RoleAssignment::personId).containsExactly(next.id());
        assertThat(chats.boundTo(branch.id())).extracting(c -> c.chatRef()).containsExactly(next.displayName());
        assertThat(former.say("/xong")).contains("chưa gắn với đơn vị nào");
        assertThat(successor.say("/viec")).contains(branch.name());
    }

    @Test
    void withoutASuccessorTheOldSecretaryStopsAndAnInviteIsMade() {
        Person old = secretary("thu");
        String answer = admin.say("/chuyenbithu " + branch.code());
        assertThat(answer).startsWith("✅ " + branch.name() + ": " + old.displayName() + " đã thôi vai trò bí thư.");
        String code = answer.lines().filter(l -> l.matches("[0-9A-Z]{20}")).findFirst().orElseThrow();
        AdminTestSupport newcomer = new AdminTestSupport(terminal, "moi-" + System.nanoTime());
        assertThat(newcomer.say("/ma " + code)).contains("bí thư của " + branch.name());
        assertThat(people.activeRolesAt(branch.id())).filteredOn(r -> r.role() == Role.SECRETARY).hasSize(1);
    }

    @Test
    void theSuccessorMustAlreadyBeInTheUnit() {
        secretary("an");
        Person stranger = fixture.person("la-" + System.nanoTime());
        var before = fixture.counts();
        assertThat(admin.say("/chuyenbithu " + branch.code() + " #" + stranger.id())).contains("chưa ở trong " + branch.name());
        assertThat(admin.say("/chuyenbithu " + branch.code() + " lan")).startsWith("Cách dùng: /chuyenbithu");
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void theLastAdminOfTheWholeTreeStays() {
        Person terminalUser = people.findByIdentity("console", "terminal").orElseThrow();
        assertThat(terminal.answer("/thuhoi tw #" + terminalUser.id() + " quantri")).contains("người quản trị toàn hệ thống cuối cùng");
    }

    private Person secretary(String name) {
        Person person = fixture.person(name + "-" + System.nanoTime());
        people.grant(person.id(), branch.id(), Role.SECRETARY, null);
        chats.bind(fixture.chat(person.displayName()).id(), branch.id());
        return person;
    }
}
