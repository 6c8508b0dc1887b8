package vn.doan.nhacviec.bot.admin.audit;

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
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** The audit log from chat: admins read their own part of the tree; the top admin also refusals. */
@BotApplicationTest
class AuditLogCommandTest {

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

    @BeforeEach
    void fixture() {
        fixture = new AdminFixture(units, people, chats, plans, obligations, jdbc, Path.of("target/audit-files"));
        terminal.flush();
    }

    @Test
    void anAdminReadsWhoDidWhatWithBeforeAndAfterInTheirSubtreeOnly() {
        AdminFixture.Case here = fixture.newCase(AdminFixture.Holder.ADMIN);
        AdminFixture.Case there = fixture.newCase(AdminFixture.Holder.ADMIN);
        AdminTestSupport admin = new AdminTestSupport(terminal, here.userRef());
        AdminTestSupport other = new AdminTestSupport(terminal, there.userRef());
        admin.say("/doitendv " + here.inside().unit().code() + " Chi đoàn đổi tên");
        other.say("/doitendv " + there.inside().unit().code() + " Chi đoàn bên kia");
        admin.say("/doitendv " + there.inside().unit().code() + " Không được");

        String log = admin.say("/nhatky");
        assertThat(log).startsWith("📜 Nhật ký của " + here.inside().top().name())
                .contains(here.userRef() + " (#" + here.person().id() + ") · đổi tên đơn vị " + here.inside().unit().code())
                .contains("↳ trước: code=" + here.inside().unit().code() + "; name=" + here.inside().unit().name() + ";")
                .contains("↳ sau: code=" + here.inside().unit().code() + "; name=Chi đoàn đổi tên;")
                .doesNotContain("Chi đoàn bên kia").doesNotContain("unit.rename");
        assertThat(admin.say("/nhatky " + there.inside().unit().code())).startsWith("Bạn không phụ trách");
        assertThat(admin.say("/nhatky " + here.inside().unit().code() + " 1")).contains("(1 mục mới nhất)");
    }

    @Test
    void theTopAdminAlsoSeesRefusals() {
        AdminFixture.Case c = fixture.newCase(AdminFixture.Holder.MEMBER);
        new AdminTestSupport(terminal, c.userRef()).say("/themdv xx chi_doan tw Không được");
        assertThat(terminal.answer("/nhatky tw 5")).contains("⛔ bị từ chối: dùng lệnh /themdv").doesNotContain("command.themdv").contains("↳ chi tiết: cần quyền quản trị").doesNotContain("needs ADMIN");
    }
}
