package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.status.StatusLogRepository;

/**
 * An answer and its confirmation are stored together: when the confirmation cannot be stored, the
 * answer is not recorded either, so the secretary who is told to try again does not answer twice.
 */
@BotApplicationTest
class AnswerWithItsConfirmationTest {

    private static final String ITEM = "Họp Ban Chấp hành chi đoàn hằng tháng (tháng 11/2026)";

    @Autowired
    Terminal terminal;
    @Autowired
    StatusLogRepository log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnswerWhoseConfirmationCannotBeStoredIsNotRecordedAndCanBeGivenAgain() {
        terminal.flush();
        int item = DemoConversationTest.numberOf(terminal.answer("/viec tn-tb-hh-hdb"), ITEM);
        long before = log.count();
        long closedBefore = closedItems();
        // the outbox refuses confirmations only, as a full disk would refuse that one insert
        jdbc.sql("CREATE TRIGGER refuse_confirmations BEFORE INSERT ON outbox_message WHEN NEW.payload LIKE '%ghi nh%' "
                + "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END").update();
        String refused;
        try {
            refused = terminal.answer("/xong " + item + " đã họp 20/11");
        } finally {
            jdbc.sql("DROP TRIGGER refuse_confirmations").update();
        }

        assertThat(refused).isEqualTo("Xin lỗi, có lỗi xảy ra; bạn thử lại sau ít phút. Không có gì bị ghi sai.");
        assertThat(log.count()).as("the answer was undone with its confirmation").isEqualTo(before);
        assertThat(closedItems()).as("the item is still open").isEqualTo(closedBefore);

        assertThat(terminal.answer("/xong " + item + " đã họp 20/11")).startsWith("✅ Đã ghi nhận: " + ITEM);
        assertThat(log.count()).isEqualTo(before + 1);
        assertThat(closedItems()).isEqualTo(closedBefore + 1);
    }

    private long closedItems() {
        return jdbc.sql("SELECT COUNT(*) FROM occurrence WHERE state <> 'OPEN' AND unit_id = (SELECT id FROM unit WHERE code = 'tn-tb-hh-hdb')")
                .query(Long.class).single();
    }
}
