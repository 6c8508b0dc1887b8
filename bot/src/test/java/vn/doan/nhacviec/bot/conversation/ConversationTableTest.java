package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.bot.support.CapturingSender.Sent;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.status.StatusUpdate;

/**
 * The conversation table: scripted exchanges on the console channel, each in a fresh corner of the
 * tree ({@link ConversationWorld}): the messages before, what is typed, and the record expected in
 * the status log or the refusal expected (with nothing written). The numbers rule (a number means
 * what the latest message that showed numbers in the chat showed) is covered for every kind of
 * message that shows numbers (a list, a reminder, "which item?", an item's answers, {@code /sap}, a
 * notice) × a bare number, «N xong», «N hoãn đến …» and a number out of range.
 */
@BotApplicationTest
class ConversationTableTest {

    /** 22/11/2026 10:00: November's meetings are due by 30/11, the yearly rating by 31/12. */
    static final Instant NOV_22 = BotTestConfiguration.START;
    /** 02/12/2026 10:00: November's meetings are overdue, December's have started. */
    static final Instant DEC_02 = LocalDate.of(2026, 12, 2).atTime(10, 0).atZone(ConversationWorld.VN).toInstant();

    static final String MEETING = "Sinh hoạt chi đoàn hằng tháng";
    static final String COMMITTEE = "Họp Ban Chấp hành chi đoàn hằng tháng";
    static final String RATING = "Nhận xét, đánh giá, xếp loại đoàn viên";
    /** The lines of November's meetings (October's, due before the branch existed, are listed too: overdue). */
    static final String MEETING_NOV = MEETING + " (tháng 11/2026)";
    static final String COMMITTEE_NOV = COMMITTEE + " (tháng 11/2026)";

    @Autowired
    ApplicationContext context;
    @Autowired
    Terminal terminal;
    @Autowired
    MutableClock clock;
    @Autowired
    StatusLogRepository statusLog;
    @Autowired
    OccurrenceRepository occurrences;
    @Autowired
    ObligationRepository obligations;

    @BeforeEach
    void quiet() {
        clock.set(NOV_22);
        terminal.flush();
    }

    @AfterEach
    void backToNow() {
        clock.set(NOV_22);
        terminal.flush();
    }

    /** What a row expects: a record (item title, period, meaning) or nothing written and a reply that says why. */
    record Expect(String title, String period, StatusMeaning meaning, String replyContains) {

        static Expect records(String title, String period, StatusMeaning meaning) {
            return new Expect(title, period, meaning, null);
        }

        static Expect nothingWritten(String replyContains) {
            return new Expect(null, null, null, replyContains);
        }

        Expect saying(String reply) {
            return new Expect(title, period, meaning, reply);
        }
    }

    record Row(String name, Consumer<ConversationWorld> before, Function<ConversationWorld, List<Sent>> typed, Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Row row(String name, Consumer<ConversationWorld> before, Function<ConversationWorld, List<Sent>> typed, Expect expect) {
        return new Row(name, before, typed, expect);
    }

    static Expect records(String title, String period, StatusMeaning meaning) {
        return Expect.records(title, period, meaning);
    }

    static Expect nothing(String replyContains) {
        return Expect.nothingWritten(replyContains);
    }

    /** After {@code /viec}, «N …» where N is the line of {@code title}. */
    static Function<ConversationWorld, List<Sent>> onLine(String title, String answer) {
        return w -> w.secretary(ConversationTableTest.lineOf(w.secretary("/viec"), title) + answer);
    }

    static int lineOf(List<Sent> list, String title) {
        String[] lines = list.get(list.size() - 1).message().text().split("\n");
        for (String line : lines) {
            if (line.matches("^\\d{1,2}\\. .*") && line.contains(title)) {
                return Integer.parseInt(line.substring(0, line.indexOf('.')));
            }
        }
        throw new AssertionError("«" + title + "» is not listed in " + list);
    }

    static Consumer<ConversationWorld> at(Instant when, Consumer<ConversationWorld> then) {
        return w -> {
            w.clockSetter.accept(when);
            then.accept(w);
        };
    }

    static final Consumer<ConversationWorld> NOTHING = w -> { };
    static final Consumer<ConversationWorld> LIST = w -> w.secretary("/viec");

    static Stream<Row> rows() {
        return Stream.of(
                // ── a list (/viec): its numbers are the items ──
                row("list: «N xong» records that item done", NOTHING, onLine(COMMITTEE_NOV, " xong"), records(COMMITTEE, "2026-11", StatusMeaning.DONE)),
                row("list: «N đã họp 20/11, 18/25 đoàn viên» records done on 20/11", NOTHING,
                        onLine(MEETING_NOV, " đã họp 20/11, 18/25 đoàn viên"), records(MEETING, "2026-11", StatusMeaning.DONE)),
                row("list: «N chưa làm» records not yet", NOTHING, onLine(RATING, " chưa làm"), records(RATING, "2026", StatusMeaning.NOT_YET)),
                row("list: «N. nhắc lại mai» (with a dot) records remind tomorrow", NOTHING, onLine(MEETING_NOV, ". nhắc lại mai"),
                        records(MEETING, "2026-11", StatusMeaning.REMIND_TOMORROW)),
                row("list: «N hoãn đến 15/12» records a postponement request", NOTHING, onLine(MEETING_NOV, " hoãn đến 15/12"),
                        records(MEETING, "2026-11", StatusMeaning.POSTPONE)),
                row("list: «N hoãn đến 25/11» (before the deadline) is refused", NOTHING, onLine(MEETING_NOV, " hoãn đến 25/11"),
                        nothing("không sau hạn hiện tại")),
                row("list: «N gặp khó khăn vì mưa bão» records the difficulty", NOTHING, onLine(COMMITTEE_NOV, " gặp khó khăn vì mưa bão"),
                        records(COMMITTEE, "2026-11", StatusMeaning.DIFFICULTY)),
                row("list: a bare number shows that item's answers", LIST, w -> w.secretary("1"), nothing("Chọn câu trả lời")),
                row("list: a number out of range", LIST, w -> w.secretary("9 xong"), nothing("Không có việc số 9")),
                row("list: a bare number out of range", LIST, w -> w.secretary("0"), nothing("Không có việc số 0")),
                row("list: «N» + words that are no answer", LIST, w -> w.secretary("1 alo alo"), nothing("chưa hiểu câu trả lời cho việc số 1")),
                row("list: «N đã trồng 500 cây» on a yes/no duty is refused", NOTHING, onLine(MEETING_NOV, " đã trồng 500 cây"),
                        nothing("không tính số lượng")),
                row("list: «/xong N» is «N xong»", NOTHING, w -> w.secretary("/xong " + lineOf(w.secretary("/viec"), COMMITTEE_NOV)),
                        records(COMMITTEE, "2026-11", StatusMeaning.DONE)),
                row("list: «/hoan N 20/12» is «N hoãn đến 20/12»", NOTHING,
                        w -> w.secretary("/hoan " + lineOf(w.secretary("/viec"), RATING) + " 10/1"), records(RATING, "2026", StatusMeaning.POSTPONE)),

                // ── an item's answers (after a bare number): its numbers are options ──
                row("menu: option 1 records done", w -> w.secretary(lineOf(w.secretary("/viec"), MEETING_NOV) + ""), w -> w.secretary("1"),
                        records(MEETING, "2026-11", StatusMeaning.DONE)),
                row("menu: option 2 records not yet", w -> w.secretary(lineOf(w.secretary("/viec"), RATING) + ""), w -> w.secretary("2"),
                        records(RATING, "2026", StatusMeaning.NOT_YET)),
                row("menu: option 5 records a difficulty", w -> w.secretary(lineOf(w.secretary("/viec"), RATING) + ""), w -> w.secretary("5"),
                        records(RATING, "2026", StatusMeaning.DIFFICULTY)),
                row("menu: option 4 asks to which day", w -> w.secretary(lineOf(w.secretary("/viec"), MEETING_NOV) + ""), w -> w.secretary("4"),
                        nothing("đến ngày nào")),
                row("menu: option 4 then a day records the postponement",
                        w -> {
                            w.secretary(lineOf(w.secretary("/viec"), MEETING_NOV) + "");
                            w.secretary("4");
                        }, w -> w.secretary("20/12"), records(MEETING, "2026-11", StatusMeaning.POSTPONE)),
                row("menu: option 4 then a day before the deadline is refused",
                        w -> {
                            w.secretary(lineOf(w.secretary("/viec"), MEETING_NOV) + "");
                            w.secretary("4");
                        }, w -> w.secretary("25/11"), nothing("không sau hạn hiện tại")),
                row("menu: an option out of range", w -> {
                    w.remind(w.item(w.branch, MEETING, "2026-11"));
                    w.secretary("1");
                }, w -> w.secretary("6"), nothing("Không có lựa chọn số 6")),
                row("menu after list: a number out of range", w -> {
                    w.secretary("/viec");
                    w.secretary("1");
                }, w -> w.secretary("7"), nothing("Không có lựa chọn số 7")),
                row("menu: «N xong» is refused (options take only a number)", w -> {
                    w.secretary("/viec");
                    w.secretary("1");
                }, w -> w.secretary("2 xong"), nothing("chỉ cần gõ số")),
                row("menu: free text answers the item on screen", w -> w.secretary(lineOf(w.secretary("/viec"), RATING) + ""),
                        w -> w.secretary("xong"), records(RATING, "2026", StatusMeaning.DONE)),

                // ── "which item?": its numbers are the items, and it keeps the answer asked about ──
                row("which: «xong» with three items asks which", NOTHING, w -> w.secretary("xong"), nothing("cho việc nào?")),
                row("which: a bare number applies the waiting answer", w -> w.secretary("gặp khó khăn vì mưa bão"),
                        w -> w.secretary(lineOf(w.secretary("/viec"), COMMITTEE_NOV) + ""), nothing("Chọn câu trả lời")),
                row("which: the number on the question applies its answer", w -> w.secretary("gặp khó khăn vì mưa bão"),
                        w -> w.secretary("" + lineOf(List.of(w.lastTo()), COMMITTEE_NOV)), records(COMMITTEE, "2026-11", StatusMeaning.DIFFICULTY)),
                row("which: «N xong» answers item N of the question, not of an earlier list", w -> {
                    w.secretary("/viec");
                    w.secretary("chưa làm");
                }, w -> w.secretary(lineOf(List.of(w.lastTo()), RATING) + " xong"), records(RATING, "2026", StatusMeaning.DONE)),
                row("which: a number out of range", w -> w.secretary("xong"), w -> w.secretary("9"), nothing("Không có việc số 9")),
                row("which: «N hoãn đến 5/1» postpones item N", w -> w.secretary("xong"),
                        w -> w.secretary(lineOf(List.of(w.lastTo()), RATING) + " hoãn đến 5/1"), records(RATING, "2026", StatusMeaning.POSTPONE)),
                row("which: an older question keeps its own answer", w -> {
                    w.secretary("gặp khó khăn vì mưa bão");
                    w.rememberLast();
                    w.secretary("nhắc lại mai");
                }, w -> w.press(w.remembered(), lineOf(List.of(w.rememberedSent()), MEETING_NOV)),
                        records(MEETING, "2026-11", StatusMeaning.DIFFICULTY)),

                // ── a reminder: its numbers are the items ──
                row("reminder: «xong» with one item records it", w -> w.remind(w.item(w.branch, MEETING, "2026-11")),
                        w -> w.secretary("xong"), records(MEETING, "2026-11", StatusMeaning.DONE)),
                row("reminder: «1 xong» records item 1", w -> w.remind(w.item(w.branch, COMMITTEE, "2026-11")),
                        w -> w.secretary("1 xong"), records(COMMITTEE, "2026-11", StatusMeaning.DONE)),
                row("reminder: a bare number shows the item's answers", w -> w.remind(w.item(w.branch, COMMITTEE, "2026-11")),
                        w -> w.secretary("1"), nothing("Chọn câu trả lời")),
                row("reminder: a number out of range", w -> w.remind(w.item(w.branch, COMMITTEE, "2026-11")),
                        w -> w.secretary("2 xong"), nothing("Không có việc số 2")),
                row("reminder: «2 hoãn đến 20/12» postpones item 2",
                        w -> w.remind(w.item(w.branch, MEETING, "2026-11"), w.item(w.branch, RATING, "2026")),
                        w -> w.secretary("2 hoãn đến 10/1"), records(RATING, "2026", StatusMeaning.POSTPONE)),
                row("reminder: after one answer, the numbers on screen still work",
                        w -> {
                            w.remind(w.item(w.branch, MEETING, "2026-11"), w.item(w.branch, COMMITTEE, "2026-11"), w.item(w.branch, RATING, "2026"));
                            w.secretary("1 xong");
                        }, w -> w.secretary("3 đã họp 20/11, 12/15 đoàn viên"), records(RATING, "2026", StatusMeaning.DONE)),
                row("reminder: «đã họp 20/11, 18/25 đoàn viên» on a reminder of the rating asks about the meetings",
                        w -> w.remind(w.item(w.branch, RATING, "2026")), w -> w.secretary("đã họp 20/11, 18/25 đoàn viên"),
                        nothing("Họp Ban Chấp hành")),
                row("reminder: «đã họp 20/11, 18/25 đoàn viên» with only the rating open is refused",
                        w -> {
                            for (String meeting : List.of(MEETING_NOV, COMMITTEE_NOV, MEETING + " (tháng 10/2026)", COMMITTEE + " (tháng 10/2026)")) {
                                w.secretary(lineOf(w.secretary("/viec"), meeting) + " xong");
                            }
                            w.remind(w.item(w.branch, RATING, "2026"));
                        }, w -> w.secretary("đã họp 20/11, 18/25 đoàn viên"), nothing("không thấy việc họp / sinh hoạt nào")),

                // ── /sap: its numbers are the items ──
                row("/sap: «N xong» records that item", w -> w.secretary("/sap"), w -> w.secretary("1 xong"), Expect.records(null, null, StatusMeaning.DONE)),
                row("/sap: a number out of range", w -> w.secretary("/sap"), w -> w.secretary("12 xong"), nothing("Không có việc số 12")),

                // ── free text: what it fits ──
                row("free: «đã họp 20/11» with November and December open asks among November's meetings only", at(DEC_02, NOTHING),
                        w -> {
                            w.secretary("đã họp 20/11");
                            return w.secretary("" + lineOf(List.of(w.lastTo()), MEETING_NOV));
                        }, records(MEETING, "2026-11", StatusMeaning.DONE)),
                row("free: «đã sinh hoạt 20/11» with November and December open records November's meeting", at(DEC_02, NOTHING),
                        w -> w.secretary("đã sinh hoạt chi đoàn 20/11"), records(MEETING, "2026-11", StatusMeaning.DONE)),
                row("free: «đã họp BCH 1/12» records December's committee meeting", at(DEC_02, NOTHING),
                        w -> w.secretary("đã họp BCH 1/12"), records(COMMITTEE, "2026-12", StatusMeaning.DONE)),
                row("free: «đã họp 2/12» with November and December open records December", at(DEC_02, NOTHING),
                        w -> w.secretary("đã sinh hoạt chi đoàn 2/12"), records(MEETING, "2026-12", StatusMeaning.DONE)),
                row("free: a day outside every open period is asked about", at(DEC_02, NOTHING),
                        w -> w.secretary("đã họp 5/8"), nothing("không nằm trong kỳ")),
                row("free: «đã trồng 500 cây» with no duty counting trees is refused", NOTHING,
                        w -> w.secretary("đã trồng 500 cây"), nothing("Không ghi")),
                row("free: «báo cáo xong» with no report open is refused", NOTHING,
                        w -> w.secretary("đã nộp báo cáo"), nothing("không thấy việc báo cáo")),
                row("free: words that are no answer", NOTHING, w -> w.secretary("alo alo ai đấy"), nothing("chưa hiểu")),
                row("free: «đã nhận» with no notice waiting writes nothing", NOTHING, w -> w.secretary("đã nhận"), nothing("Cảm ơn")),
                row("free: text after another unit's list goes to one's own unit", w -> {
                    w.staffListsInGroup();
                    w.inGroup(w.secretary, "nhắc lại mai");
                }, w -> w.inGroup(w.secretary, "1"), Expect.records(null, null, StatusMeaning.REMIND_TOMORROW)),
                row("free: an ordinary member's answer in the branch group is refused", NOTHING,
                        w -> w.inGroup(w.member, "đã họp 20/11"), nothing("Bạn không phụ trách")),

                // ── numbers of another unit's list ──
                row("foreign: «1 xong» on the other branch's list shown in the group is refused", ConversationWorld::staffListsInGroup,
                        w -> w.inGroup(w.secretary, "1 xong"), nothing("Bạn không phụ trách")),
                row("foreign: staff may answer by number for a branch of the commune",
                        w -> w.staff("/viec " + w.branch.code()),
                        w -> w.staff(lineOf(List.of(w.lastTo(w.staff)), RATING) + " xong"), records(RATING, "2026", StatusMeaning.DONE)),
                row("foreign: staff free text in a private chat is not guessed", w -> w.staff("/viec " + w.branch.code()),
                        w -> w.staff("xong"), nothing("không là bí thư")),

                // ── notices: «đã nhận» acknowledges the notice ──
                row("notice: «đã nhận» acknowledges, nothing logged on duties", NoticeRows::sent, w -> w.secretary("đã nhận"),
                        nothing("Cảm ơn")),
                row("notice: «ok» acknowledges", NoticeRows::sent, w -> w.secretary("ok"), nothing("Cảm ơn")),
                row("notice: «👍» acknowledges", NoticeRows::sent, w -> w.secretary("👍"), nothing("Cảm ơn")),
                row("notice: its number 1 acknowledges", NoticeRows::sent, w -> w.secretary("1"), nothing("Cảm ơn")),
                row("notice: a number out of range", NoticeRows::sent, w -> w.secretary("2"), nothing("Không có lựa chọn số 2")),
                row("notice: «1 xong» after a notice is refused (its numbers are options)", NoticeRows::sent, w -> w.secretary("1 xong"),
                        nothing("chỉ cần gõ số")),
                row("notice: acknowledged in words after a list came later", w -> {
                    NoticeRows.sent(w);
                    w.secretary("/viec");
                }, w -> w.secretary("nhận được rồi"), nothing("Cảm ơn")),

                // ── commands keep their meaning ──
                row("command: /huy with nothing waiting", NOTHING, w -> w.secretary("/huy"), nothing("")),
                row("command: /huy ends the question of a day", w -> {
                    w.secretary(lineOf(w.secretary("/viec"), MEETING_NOV) + "");
                    w.secretary("4");
                }, w -> w.secretary("hủy"), nothing("")),
                row("command: a question of a day, then «1 xong», leaves the question", w -> {
                    w.secretary("/viec");
                    w.secretary("hoãn");
                    w.secretary("" + lineOf(List.of(w.lastTo()), MEETING_NOV));
                }, w -> w.secretary(lineOf(w.secretary("/viec"), COMMITTEE_NOV) + " xong"), records(COMMITTEE, "2026-11", StatusMeaning.DONE)),
                row("command: nothing shown, a number", NOTHING, w -> w.secretary("3"), nothing("Không có tin nào gần đây hiển thị số 3")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachExchangeRecordsTheExpectedItemOrNothing(Row row) {
        ConversationWorld world = new ConversationWorld(context, clock::set);
        row.before().accept(world);
        long before = world.statusRows();
        List<StatusUpdate> earlier = statusOf(world);
        List<Sent> replies = row.typed().apply(world);
        Expect expect = row.expect();
        if (expect.meaning() == null) {
            assertThat(world.statusRows()).as("nothing written; replies: %s", replies).isEqualTo(before);
        } else {
            assertThat(world.statusRows()).as("one record; replies: %s", replies).isEqualTo(before + 1);
            StatusUpdate update = statusOf(world).stream().filter(u -> !earlier.contains(u)).findFirst().orElseThrow();
            assertThat(update.meaning()).as("replies: %s", replies).isEqualTo(expect.meaning());
            var occurrence = occurrences.findById(update.occurrenceId()).orElseThrow();
            assertThat(occurrence.unitId()).isEqualTo(world.branch.id());
            if (expect.title() != null) {
                assertThat(obligations.findById(occurrence.obligationId()).orElseThrow().title()).as("replies: %s", replies)
                        .contains(expect.title());
                assertThat(occurrence.periodKey()).as("replies: %s", replies).isEqualTo(expect.period());
            }
        }
        if (expect.replyContains() != null) {
            assertThat(replies).as("replies").anySatisfy(s -> assertThat(s.message().text()).contains(expect.replyContains()));
        }
    }

    private List<StatusUpdate> statusOf(ConversationWorld world) {
        return Stream.of(world.branch, world.otherBranch, world.commune)
                .flatMap(u -> statusLog.recentForUnit(u.id(), 100).stream()).toList();
    }
}
