package vn.doan.nhacviec.bot.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;
import vn.doan.nhacviec.scheduler.planning.ReplanQueue;

/**
 * An admin re-tags a branch of the demo tree as a border branch: the answer comes at once and says
 * the duties are being updated; the queued re-plan then closes the monthly meeting's open periods as
 * no longer applying and starts the quarterly border meeting with the quarter under way.
 */
@BotApplicationTest
class TreeChangeReplanTest {

    static final String BRANCH = "tn-ct-tbh-th";
    static final String MONTHLY_MEETING = "DL-SH-CHIDOAN-THANG";
    static final String BORDER_MEETING = "TN21-SH-CHIDOAN-BIENGIOI";

    @Autowired
    Terminal terminal;
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

    @BeforeEach
    void quiet() {
        terminal.flush();
    }

    @Test
    void reTaggingABranchBienGioiClosesTheMonthlyMeetingAndStartsTheQuarterlyOne() {
        List<String> monthlyOpen = duties(BRANCH, MONTHLY_MEETING, "OPEN");
        assertThat(monthlyOpen).contains("2026-11", "2026-12");
        assertThat(duties(BRANCH, BORDER_MEETING, null)).isEmpty();

        // the admin's answer, before the re-plan job runs
        conversation.handle(Inbound.privateText("console", "terminal", "terminal", "terminal", "/thedv " + BRANCH + " +bien_gioi"));
        dispatcher.drain();
        List<CapturingSender.Sent> answer = sender.take();
        assertThat(answer).singleElement().satisfies(s -> assertThat(s.message().text())
                .startsWith("✅ Nhãn của Chi đoàn ấp Thái Hòa: #bien_gioi #dia_ban_dan_cu")
                .contains("⏳ Việc của các đơn vị liên quan đang được cập nhật"));
        assertThat(replans.pending()).isEqualTo(1);
        assertThat(duties(BRANCH, MONTHLY_MEETING, "OPEN")).isEqualTo(monthlyOpen);
        assertThat(duties(BRANCH, BORDER_MEETING, null)).isEmpty();

        // the job
        assertThat(replans.drain()).isEqualTo(1);
        assertThat(replans.pending()).isZero();
        assertThat(duties(BRANCH, MONTHLY_MEETING, "OPEN")).isEmpty();
        assertThat(duties(BRANCH, MONTHLY_MEETING, "EXCUSED")).containsAll(monthlyOpen);
        assertThat(jdbc.sql("""
                SELECT DISTINCT s.note FROM status_update s JOIN occurrence o ON o.id = s.occurrence_id
                JOIN obligation b ON b.id = o.obligation_id JOIN unit u ON u.id = o.unit_id
                WHERE u.code = ? AND b.code = ? AND s.meaning = 'EXCUSED'""").params(BRANCH, MONTHLY_MEETING)
                .query(String.class).list()).containsExactly("không còn áp dụng");
        assertThat(duties(BRANCH, BORDER_MEETING, "OPEN")).startsWith("2026-Q4");

        // the branch's list shows the quarterly meeting, not the monthly one
        String list = String.join("\n", terminal.say("/viec " + BRANCH).stream().map(s -> s.message().text()).toList());
        assertThat(list).contains("Sinh hoạt chi đoàn ít nhất 3 tháng/lần (chi đoàn ấp biên giới) (quý IV/2026)")
                .doesNotContain("Sinh hoạt chi đoàn hằng tháng");
    }

    @Test
    void aNewBranchOwesTheMeetingAlreadyDueAndItIsOverdueAtOnce() {
        String added = terminal.answer("/themdv tn-ct-tbh-moi chi_doan tn-ct-tbh Chi đoàn ấp Mới");
        assertThat(added).startsWith("✅ Đã thêm Chi đoàn ấp Mới").contains("đang được cập nhật");
        // 22/11: October's meeting was due on 01/11, within the look-back; September's is not tracked
        assertThat(terminal.answer("/viec tn-ct-tbh-moi"))
                .contains("⚠️ Sinh hoạt chi đoàn hằng tháng (tháng 10/2026) — QUÁ HẠN")
                .contains("Sinh hoạt chi đoàn hằng tháng (tháng 11/2026)")
                .doesNotContain("tháng 9/2026");
    }

    /** The period keys of the unit's occurrences of an obligation, in order; {@code state} null for all. */
    private List<String> duties(String unitCode, String obligationCode, String state) {
        return jdbc.sql("""
                SELECT o.period_key FROM occurrence o JOIN obligation b ON b.id = o.obligation_id JOIN unit u ON u.id = o.unit_id
                WHERE u.code = ? AND b.code = ? AND (? IS NULL OR o.state = ?) ORDER BY o.period_start""")
                .params(unitCode, obligationCode, state, state).query(String.class).list();
    }
}
