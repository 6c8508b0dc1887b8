package vn.doan.nhacviec.bot.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;

/**
 * A national-size tree (63 provinces, 630 district unions, 12,600 communes, 200,000 branches) under
 * the demo's root: re-tagging one district answers the admin before any re-planning ran, and the
 * queued re-plan then touches that district's subtree only.
 */
@BotApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalReplanTest {

    static final int PROVINCES = 63;
    static final int DISTRICTS = 10;
    static final int COMMUNES = 20;
    static final int BRANCHES_PER_COMMUNE = 16;
    static final String DISTRICT = "nx-p7-d3";

    @Autowired
    ConversationService conversation;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    CapturingSender sender;
    @Autowired
    ReplanQueue replans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    UnitRepository units;

    long generated;

    @BeforeAll
    void generate() throws SQLException {
        dispatcher.drain();
        sender.take();
        generated = NationalTreeWriter.write(dataSource, units.findByCode("tw").orElseThrow());
    }

    @Test
    void reTaggingOneDistrictAnswersAtOnceAndTheJobReplansOnlyThatDistrict() {
        assertThat(generated).isGreaterThan(200_000);
        long occurrencesBefore = occurrences();
        long districtUnits = jdbc.sql("SELECT COUNT(*) FROM unit WHERE path LIKE (SELECT path FROM unit WHERE code = ?) || '%'")
                .param(DISTRICT).query(Long.class).single();

        conversation.handle(Inbound.privateText("console", "terminal", "terminal", "terminal", "/thedv " + DISTRICT + " +bien_gioi"));
        dispatcher.drain();
        List<CapturingSender.Sent> answer = sender.take();

        // answered, and nothing re-planned yet: the request waits for the job
        assertThat(answer).singleElement().satisfies(s -> assertThat(s.message().text())
                .startsWith("✅ Nhãn của Huyện đoàn 3: #bien_gioi").contains("đang được cập nhật"));
        assertThat(replans.pending()).isEqualTo(1);
        assertThat(occurrences()).isEqualTo(occurrencesBefore);

        assertThat(replans.drain()).isEqualTo(1);

        assertThat(replans.pending()).isZero();
        long created = occurrences() - occurrencesBefore;
        // the district's branches now owe the national monthly meeting; nobody else got anything
        assertThat(created).isGreaterThanOrEqualTo(COMMUNES * BRANCHES_PER_COMMUNE);
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM occurrence o JOIN unit u ON u.id = o.unit_id
                WHERE u.code LIKE 'nx-%' AND u.path NOT LIKE (SELECT path FROM unit WHERE code = ?) || '%'""")
                .param(DISTRICT).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT COUNT(DISTINCT o.unit_id) FROM occurrence o JOIN unit u ON u.id = o.unit_id
                WHERE u.path LIKE (SELECT path FROM unit WHERE code = ?) || '%'""")
                .param(DISTRICT).query(Long.class).single()).isLessThanOrEqualTo(districtUnits);
    }

    private long occurrences() {
        return jdbc.sql("SELECT COUNT(*) FROM occurrence").query(Long.class).single();
    }

    /** Writes the generated tree straight into the tables in one transaction, without planning it. */
    static final class NationalTreeWriter {

        static long write(DataSource dataSource, vn.doan.nhacviec.data.unit.Unit root) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                long next;
                try (var max = connection.createStatement().executeQuery("SELECT MAX(id) FROM unit")) {
                    max.next();
                    next = max.getLong(1) + 1;
                }
                long count = 0;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO unit (id, code, name, level, parent_id, path, "
                        + "time_zone, created_at) VALUES (?, ?, ?, ?, ?, ?, 'Asia/Ho_Chi_Minh', 0)")) {
                    for (int p = 1; p <= PROVINCES; p++) {
                        long province = next++;
                        String provincePath = add(insert, province, "nx-p" + p, "Tỉnh đoàn " + p, "TINH", root.id(), root.path());
                        for (int d = 1; d <= DISTRICTS; d++) {
                            long district = next++;
                            String districtPath = add(insert, district, "nx-p" + p + "-d" + d, "Huyện đoàn " + d, "HUYEN", province,
                                    provincePath);
                            for (int c = 1; c <= COMMUNES; c++) {
                                long commune = next++;
                                String code = "nx-p" + p + "-d" + d + "-c" + c;
                                String communePath = add(insert, commune, code, "Đoàn xã " + c, "CO_SO", district, districtPath);
                                for (int b = 1; b <= BRANCHES_PER_COMMUNE; b++) {
                                    add(insert, next++, code + "-b" + b, "Chi đoàn " + b, "CHI_DOAN", commune, communePath);
                                    count++;
                                }
                                count++;
                                insert.executeBatch();
                            }
                            count++;
                        }
                        count++;
                    }
                }
                connection.commit();
                connection.setAutoCommit(true);
                return count;
            }
        }

        private static String add(PreparedStatement insert, long id, String code, String name, String level, long parent,
                                  String parentPath) throws SQLException {
            String path = parentPath + id + "/";
            insert.setLong(1, id);
            insert.setString(2, code);
            insert.setString(3, name);
            insert.setString(4, level);
            insert.setLong(5, parent);
            insert.setString(6, path);
            insert.addBatch();
            return path;
        }
    }
}
