package vn.doan.nhacviec.bot.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** The top admin's backup: a consistent SQLite copy taken while the bot runs, sent as a file. */
@BotApplicationTest
class BackupCommandTest {

    @Autowired
    Terminal terminal;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;

    @Test
    void theTopAdminReceivesACopyOfTheDatabaseThatOpensWithTheSameData() throws Exception {
        terminal.flush();
        List<CapturingSender.Sent> sent = terminal.say("/saoluu");
        assertThat(sent).hasSize(1);
        OutgoingMessage message = sent.get(0).message();
        assertThat(message.text()).startsWith("💾 Bản sao lưu (");
        assertThat(message.attachment().kind()).isEqualTo(OutgoingMessage.Attachment.Kind.DOCUMENT);
        Path file = Path.of(message.attachment().path());
        assertThat(file.getFileName().toString()).matches("nhacviec-\\d{8}-\\d{6}\\.db");
        assertThat(Files.size(file)).isPositive();
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = copy.createStatement().executeQuery("SELECT COUNT(*) FROM unit")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(units.count());
        }
        assertThat(terminal.answer("/nhatky tw 3")).contains("sao lưu dữ liệu");
    }

    @Test
    void anAdminOfPartOfTheTreeMayNotAndDoesNotSeeTheCommand() {
        var admin = people.findOrCreate("console", "admin-tn", "admin-tn", "vi");
        people.grant(admin.id(), units.findByCode("tn").orElseThrow().id(), Role.ADMIN, null);
        terminal.flush();
        assertThat(terminal.as("admin-tn", "admin-tn", "/saoluu").get(0).message().text()).isEqualTo("Bạn không có quyền dùng lệnh này.");
        assertThat(terminal.as("admin-tn", "admin-tn", "/help").get(0).message().text()).contains("/nhatky").doesNotContain("/saoluu");
    }
}
