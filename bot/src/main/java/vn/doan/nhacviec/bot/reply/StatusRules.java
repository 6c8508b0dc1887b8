package vn.doan.nhacviec.bot.reply;

import static vn.doan.nhacviec.data.status.StatusMeaning.ACKNOWLEDGED;
import static vn.doan.nhacviec.data.status.StatusMeaning.DIFFICULTY;
import static vn.doan.nhacviec.data.status.StatusMeaning.DONE;
import static vn.doan.nhacviec.data.status.StatusMeaning.NOT_YET;
import static vn.doan.nhacviec.data.status.StatusMeaning.POSTPONE;
import static vn.doan.nhacviec.data.status.StatusMeaning.PROGRESS;
import static vn.doan.nhacviec.data.status.StatusMeaning.REMIND_TOMORROW;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * The rule table: which words mean what, and which meaning wins when a reply says several things.
 *
 * <p>Triggers are regular expressions over the {@linkplain NormalizedText normalised} reply (lower
 * case, no diacritics, "đ" as "d"). The <b>first rule in table order whose trigger matches wins</b>;
 * a rule marked "needs a count" only applies when the reply reports a count outside its reason clause.
 * The order, and why:
 * <ol>
 *   <li>POSTPONE ("hoãn", "lùi sang", "dời lại", "gia hạn"): an explicit request the parent unit must
 *       see; it outranks the "chưa" or "khó khăn" that usually comes with it.</li>
 *   <li>REMIND_TOMORROW ("nhắc lại mai", "mai nhắc", "để mai"): "chưa, để mai" asks for a new reminder,
 *       which is more useful than a bare "not yet".</li>
 *   <li>DIFFICULTY ("khó khăn", "vướng", "không tổ chức được vì ...", "thiếu kinh phí", "không thể"):
 *       "chưa họp được vì mưa bão" is a difficulty to report upward, not just "not yet".</li>
 *   <li>NOT_YET ("chưa", "không xong", "đang làm", a bare "không"): negation beats every kind of done,
 *       so "chưa xong", "chưa hoàn thành", "không kịp nộp" are never DONE or PROGRESS.</li>
 *   <li>ACKNOWLEDGED ("đã nhận", "đã đọc", a bare "ok", "dạ", "vâng", "cảm ơn"): before DONE so that
 *       "nhận rồi" or "ok rồi" only acknowledge.</li>
 *   <li>DONE, explicit ("xong", "hoàn thành", "done", "đã họp", "đã tổ chức", "đã nộp", "đã gửi"): the
 *       reply says the duty is complete; a count in it ("xong 500 cây") is kept.</li>
 *   <li>PROGRESS, needs a count ("đã trồng 500 cây", "thêm 3 mô hình", "+50", "500 cây", a bare
 *       number): a count with an action or a thing counted.</li>
 *   <li>DONE by attendance, needs a count ("18/25", "18 đoàn viên dự"): an attendance figure means the
 *       meeting took place.</li>
 *   <li>DONE, weak ("rồi", "đã làm", a bare "có"): last, since these words also appear in replies that
 *       the rules above read more precisely ("trồng được 500 cây rồi" is PROGRESS).</li>
 * </ol>
 * Nothing matching means "not understood". EXCUSED is never produced: only a higher unit excuses.
 */
final class StatusRules {

    /**
     * One row of the table; {@code example} documents it and is checked by the tests. {@code note} says
     * what becomes the note when the reply has no reason clause (a reason clause always does).
     */
    record Rule(StatusMeaning meaning, String example, boolean needsCount, Note note, Pattern trigger) {
    }

    enum Note {
        /** No note. */
        NONE,
        /** What follows the trigger ("khó khăn về kinh phí"), else what precedes it ("mưa bão nên gặp khó khăn"). */
        AROUND_TRIGGER,
        /** The trigger itself describes the difficulty ("thiếu kinh phí nên chưa tổ chức"): the whole reply. */
        WHOLE_REPLY
    }

    /** A rule that fired, and the span of the normalised text that fired it. */
    record Match(Rule rule, int start, int end) {
    }

    private static final boolean NEEDS_COUNT = true;
    private static final boolean ANY_TEXT = false;

    private static final String NEGATION = "(?:khong|ko|k|kh|khg|kg|hong|hok|hem|chang)";
    private static final String COMPLETE = "(?:x(?:ong|og|onh|omg)|_?hoan\\s?(?:th[a-z]*|tat)|done|finish(?:ed)?|completed?)";
    private static final String DONE_VERBS = "(?:hop|to chuc|nop|gui|trien khai|thuc hien|sinh hoat|bao cao)";
    private static final String REASON = "(?:tai vi|boi vi|ly do|nguyen nhan|vi|do|boi)";
    private static final String PARTICLES = "(?:a|ah|ak|nha|nhe|nhen|ne|ha|anh|chi|em|ad|admin|bot|luon|roi|oi|ok)";

    static final List<Rule> TABLE = List.of(
            rule(POSTPONE, "hoãn đến 5/12", ANY_TEXT, Note.NONE,
                    "\\bhoan\\b(?!\\s?(?:th|tat\\b|toan\\b|hao\\b|nghenh\\b))"
                            + "|\\b(?:lui|doi|dich)\\s+(?:lai|sang|den|toi|qua|ngay|xuong|ve|lich|hop|buoi)\\b"
                            + "|\\b(?:chuyen|de)\\s+(?:sang|qua)\\s+(?:ngay|tuan|thang|\\d)"
                            + "|\\bgia han\\b|\\bpostpone"),
            rule(REMIND_TOMORROW, "nhắc lại mai", ANY_TEXT, Note.NONE,
                    "\\bnhac\\b(?:\\s+[a-z]+){0,3}?\\s+(?:ngay mai|mai|sau)\\b"
                            + "|\\bmai\\s+(?:[a-z]+\\s+){0,2}?nhac\\b"
                            + "|\\bde (?:ngay |sang |chieu |toi )?mai\\b"
                            + "|\\bmai (?:bao lai|tra loi|rep|hoi lai)\\b"
                            + "|" + whole("nhac lai|nhac sau|(?:ngay|sang|chieu|toi) mai|mai")),
            rule(DIFFICULTY, "gặp khó khăn vì mưa bão", ANY_TEXT, Note.AROUND_TRIGGER,
                    "\\b(?:(?:dang|bi|gap|co|nen|hoi|rat|van|con|qua)\\s+)*"
                            + "(?:kho\\s?(?:khan|kha|khna|kan)|vuong(?: mac)?|tro ngai|trac tro|su co|kho (?:qua|lam|that))\\b"
                            + "|\\b(?:" + NEGATION + "|chua)(?:\\s+[a-z]+){0,4}?\\s+duoc(?=[\\s,]+" + REASON + "\\b)"),
            rule(DIFFICULTY, "thiếu kinh phí", ANY_TEXT, Note.WHOLE_REPLY,
                    "\\bkhong the\\b"
                            + "|\\bthieu (?:kinh phi|kp|ngan sach|nhan luc|kinh nghiem|dia diem|phuong tien)\\b"),
            rule(NOT_YET, "chưa xong", ANY_TEXT, Note.NONE,
                    "\\b(?:chua|chx|chuwa|chuaw)\\b"
                            + "|\\b" + NEGATION + "\\s+(?:[a-z]+\\s+)?(?:" + COMPLETE + "|kip|lam|duoc|trong|dat|" + DONE_VERBS + ")\\b"
                            + "|\\bdang (?:lam|thuc hien|trien khai|chuan bi|tien hanh|xu ly|cho|hop)\\b"
                            + "|\\bnot yet\\b"
                            + "|" + whole(NEGATION + "|no|nope")),
            rule(ACKNOWLEDGED, "đã nhận", ANY_TEXT, Note.NONE,
                    "\\b(?:da|dax|vua|moi)\\s+(?:nhan|doc|xem|nam|ro|biet)\\b(?!\\s*(?:duoc\\s+)?\\d)"
                            + "|\\bnhan (?:duoc|roi)\\b(?!\\s*\\d)"
                            + "|\\b(?:noted|roger|got it|received)\\b"
                            + "|" + whole("ok[a-z]*|oce|uk|ukm|u|um|uhm|uh|vang|da|ro|nhan|nhan tin|cam on|thanks?|thank you|tks")),
            rule(DONE, "đã họp", ANY_TEXT, Note.NONE,
                    "\\b" + COMPLETE + "\\b"
                            + "|\\bda[xz]?\\s+(?:tien hanh\\s+|duoc\\s+)?" + DONE_VERBS + "\\b"),
            rule(PROGRESS, "đã trồng 500 cây", NEEDS_COUNT, Note.NONE,
                    "\\+\\s*\\d"
                            + "|\\b(?:trong|them|duoc|dat|ket nap|thu gom|xay(?: dung)?|lap(?: dat)?|trao|tang|ho tro"
                            + "|hien|lam|phat|sua|don|nhat)\\b"
                            + "|\\d\\s*(?:nghin\\s+|ngan\\s+)?(?:" + MentionScanner.TARGET_UNITS + ")\\b"
                            + "|^\\d[\\d.,]*$"),
            rule(DONE, "18/25 đoàn viên", NEEDS_COUNT, Note.NONE,
                    "\\d\\s*(?:/|tren)\\s*\\d"
                            + "|\\d\\s*(?:" + MentionScanner.MEMBER_UNITS + ")\\b"
                            + "|\\b(?:tham du|du|tham gia|co mat)\\b"),
            rule(DONE, "rồi", ANY_TEXT, Note.NONE,
                    "\\b(?:roi|rui|roai)\\b|\\bda[xz]?\\s+lam\\b"
                            + "|" + whole("co|yes|yep|da co")));

    /** Where a reason clause starts ("vì mưa bão", "do thiếu kinh phí"); it runs to the next clause end. */
    static final Pattern REASON_START = Pattern.compile("\\b" + REASON + "\\b(?=\\s+[a-z0-9_])");
    static final Pattern CLAUSE_END = Pattern.compile("[,.](?!\\d)");

    private StatusRules() {
    }

    /** The first rule of the table that fires on the normalised {@code text}. */
    static Optional<Match> firstMatch(String text, boolean hasCount) {
        for (Rule rule : TABLE) {
            if (rule.needsCount() && !hasCount) {
                continue;
            }
            Matcher m = rule.trigger().matcher(text);
            if (m.find()) {
                return Optional.of(new Match(rule, m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static Rule rule(StatusMeaning meaning, String example, boolean needsCount, Note note, String trigger) {
        return new Rule(meaning, example, needsCount, note, Pattern.compile(trigger));
    }

    /**
     * The whole reply is one of {@code words}, perhaps after "dạ"/"vâng" and before particles
     * ("dạ không ạ", "ok nha").
     */
    private static String whole(String words) {
        return "^(?:(?:da|vang|thua)[\\s,.]+)*(?:" + words + ")(?:[\\s,.]+" + PARTICLES + ")*$";
    }
}
