package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusUpdate;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** The terminal demo as a new user meets it, on 22/11/2026. */
@BotApplicationTest
class DemoConversationTest {

    @Autowired
    Terminal terminal;
    @Autowired
    StatusLogRepository log;
    @Autowired
    OccurrenceRepository occurrences;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;

    @BeforeEach
    void quiet() {
        terminal.flush();
    }

    @Test
    void openItemsOfTheDemoBranchComeFromTheTayNinhPlansWithTheirDueDates() {
        String open = terminal.answer("/viec");
        assertThat(open).contains("Chi đoàn ấp Hòa Bình");
        // a border branch meets every quarter (Tây Ninh 003, III.2.3), not monthly
        assertThat(open).contains("Sinh hoạt chi đoàn ít nhất 3 tháng/lần").contains("quý IV/2026").contains("31/12/2026");
        assertThat(open).doesNotContain("Sinh hoạt chi đoàn hằng tháng");
        assertThat(open).contains("Họp Ban Chấp hành chi đoàn hằng tháng (tháng 11/2026) — hạn: hết ngày 30/11/2026 (còn 8 ngày)");
    }

    @Test
    void aKienGiangBranchHasTheMonthlyMeetingButNoTayNinhDuty() {
        String open = terminal.answer("/viec kg-ct-vhh-vp");
        assertThat(open).contains("Sinh hoạt chi đoàn hằng tháng (tháng 11/2026)").contains("30/11/2026");
        assertThat(open).doesNotContain("biên giới");
    }

    @Test
    void markingDoneByNumberIsConfirmedAndLogged() {
        int item = numberOf(terminal.answer("/viec tn-tb-hh-hdb"), "Họp Ban Chấp hành chi đoàn hằng tháng (tháng 11/2026)");
        long before = log.count();
        String confirmation = terminal.answer("/xong " + item + " đã họp 20/11, 18/25 đoàn viên");
        assertThat(confirmation).startsWith("✅ Đã ghi nhận: Họp Ban Chấp hành chi đoàn hằng tháng (tháng 11/2026)")
                .contains("18/25");
        assertThat(log.count()).isEqualTo(before + 1);
        var branch = units.findByCode("tn-tb-hh-hdb").orElseThrow();
        StatusUpdate update = log.recentForUnit(branch.id(), 1).get(0);
        assertThat(update.meaning()).isEqualTo(StatusMeaning.DONE);
        assertThat(update.doneOn()).hasToString("2026-11-20");
        assertThat(update.quantity()).isEqualTo(18.0);
        assertThat(update.total()).isEqualTo(25);
        assertThat(update.rawText()).contains("18/25");
    }

    @Test
    void anItemNumberWithAnAnswerRecordsThatItemOfTheListOnScreen() {
        String list = terminal.answer("/viec tn-tb-tbi-tk");
        long before = log.count();
        String confirmation = terminal.answer(numberOf(list, "Sinh hoạt chi đoàn ít nhất 3 tháng/lần (chi đoàn ấp biên giới) (quý IV/2026)") + " xong");
        assertThat(confirmation).startsWith("✅ Đã ghi nhận: Sinh hoạt chi đoàn ít nhất 3 tháng/lần");
        assertThat(log.count()).isEqualTo(before + 1);
        assertThat(terminal.answer("/viec tn-tb-tbi-tk")).doesNotContain("Sinh hoạt chi đoàn ít nhất 3 tháng/lần (chi đoàn ấp biên giới) (quý IV/2026)");
    }

    @Test
    void aNumberAloneShowsThatItemsAnswersAndAnOptionNumberChoosesOne() {
        terminal.say("/viec tn-tp-p1-kp1");
        var menu = terminal.say("1");
        // the item's answers, numbered: the numbers on screen are now options
        assertThat(menu.get(0).message().text()).startsWith("📌 ");
        assertThat(menu.get(0).message().numberedOptions()).hasSize(5);
        assertThat(terminal.answer("4")).startsWith("Bạn xin hoãn");
        assertThat(terminal.answer("5/12")).contains("05/12/2026").contains("Hạn chưa đổi");
    }

    @Nested
    class BadInputWritesNothing {

        @Test
        void unknownCommand() {
            assertNothingWritten("/khongcolenh", "Tôi không biết lệnh /khongcolenh");
        }

        @Test
        void unparseableReply() {
            assertNothingWritten("alo alo ai đấy", "Xin lỗi, tôi chưa hiểu");
        }

        @Test
        void unknownObligationCode() {
            assertNothingWritten("/xong KHONG-CO", "Không có việc nào mã «KHONG-CO»");
        }

        @Test
        void unknownUnit() {
            assertNothingWritten("/viec khong-co-don-vi", "Không tìm thấy đơn vị");
        }

        @Test
        void someoneBoundToNoUnitSeesOnlyStartAndHelp() {
            var help = terminal.as("stranger", "stranger-chat", "/help");
            assertThat(help.get(0).message().text()).contains("/start").contains("/help").doesNotContain("/viec").doesNotContain("/xong");
            long statusBefore = log.count();
            var refused = terminal.as("stranger", "stranger-chat", "/viec tn");
            assertThat(refused.get(0).message().text()).contains("chưa gắn với đơn vị nào");
            var text = terminal.as("stranger", "stranger-chat", "xong");
            assertThat(text.get(0).message().text()).contains("chưa gắn với đơn vị nào");
            assertThat(log.count()).isEqualTo(statusBefore);
        }

        private void assertNothingWritten(String input, String expected) {
            long statusBefore = log.count();
            long occurrencesBefore = occurrences.count();
            long unitsBefore = units.count();
            var answers = terminal.say(input);
            assertThat(answers).extracting(s -> s.message().text()).singleElement().asString().contains(expected);
            assertThat(log.count()).isEqualTo(statusBefore);
            assertThat(occurrences.count()).isEqualTo(occurrencesBefore);
            assertThat(units.count()).isEqualTo(unitsBefore);
        }
    }

    @Test
    void englishIsAvailablePerUser() {
        assertThat(terminal.answer("/lang en")).isEqualTo("Language set to English.");
        assertThat(terminal.answer("/open")).contains("Open items of Chi đoàn ấp Hòa Bình");
        terminal.say("/ngonngu vi");
    }

    @Test
    void helpListsWhatTheCallerMayUse() {
        String help = terminal.answer("/help");
        assertThat(help).contains("/viec").contains("/xong").contains("/cay").contains("/moi");
    }

    static String text(CapturingSender.Sent sent) {
        return sent.message().text();
    }

    /** The number a list shows in front of the line that contains {@code text}. */
    static int numberOf(String list, String text) {
        String line = list.lines().filter(l -> l.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no «" + text + "» in\n" + list));
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("(\\d+)").matcher(line);
        if (!number.find()) {
            throw new AssertionError("no number in " + line);
        }
        return Integer.parseInt(number.group(1));
    }
}
