package vn.doan.nhacviec.bot.answer;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.bot.text.Folded;
import vn.doan.nhacviec.data.catalog.Completion;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.status.StatusEntry;
import vn.doan.nhacviec.data.status.StatusMeaning;

/**
 * Whether an answer can be about an item, from what the answer itself says: a topic («họp», «báo
 * cáo»), a counted thing («500 cây») or a day («20/11»). Free text goes only to items it fits; an
 * answer given to a numbered item that it cannot fit (a quantity to a yes/no duty) is refused.
 */
final class AnswerFit {

    /** What an answer's words say it is about, as far as items are concerned; the first that matches, most specific first. */
    enum Topic {
        COMMITTEE("\\b(?:ban chap hanh|bch)\\b", "ban chap hanh"),
        BRANCH_MEETING("\\bsinh hoat\\b", "sinh hoat"),
        MEETING("\\bhop\\b", "sinh hoat", "hop "),
        REPORT("\\bbao cao\\b", "bao cao");

        private final Pattern inAnswer;
        private final String[] inTitle;

        Topic(String inAnswer, String... inTitle) {
            this.inAnswer = Pattern.compile(inAnswer);
            this.inTitle = inTitle;
        }

        boolean matches(Obligation obligation) {
            String title = Folded.of(obligation.title()) + " ";
            for (String word : inTitle) {
                if (title.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        static Optional<Topic> of(String answer) {
            String folded = Folded.of(answer);
            for (Topic topic : values()) {
                if (topic.inAnswer.matcher(folded).find()) {
                    return Optional.of(topic);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern COUNTED = Pattern.compile("\\d[\\d.,]*\\s+([a-z]+(?:\\s+[a-z]+)?)");
    /** Words for people: a count of them on a yes/no duty is attendance, not a quantity. */
    private static final Set<String> PEOPLE = Set.of("doan vien", "dv", "dvtn", "nguoi", "ban", "thanh nien", "em", "dong chi", "dc");

    private AnswerFit() {
    }

    /** What the answer counts («500 cây» → "cay"), folded, if it names it. */
    static Optional<String> countedThing(String answer) {
        Matcher counted = COUNTED.matcher(Folded.of(answer));
        return counted.find() ? Optional.of(counted.group(1)) : Optional.empty();
    }

    /** Whether a quantity in the answer can go to this obligation. */
    static boolean quantityFits(Obligation obligation, StatusEntry entry, String answer) {
        boolean counts = entry.quantity() != null && entry.total() == null;
        if (!counts && entry.meaning() != StatusMeaning.PROGRESS) {
            return true;
        }
        Completion completion = obligation.definition().completion();
        Optional<String> thing = countedThing(answer);
        if (completion == null || completion.kind() != Completion.CompletionKind.QUANTITY) {
            // a yes/no duty takes a head count of who came, nothing else
            return entry.meaning() != StatusMeaning.PROGRESS && thing.map(AnswerFit::isPeople).orElse(true);
        }
        if (thing.isEmpty() || completion.unit() == null) {
            return true;
        }
        String unit = Folded.of(completion.unit());
        return unit.startsWith(thing.get()) || thing.get().startsWith(unit) || firstWord(unit).equals(firstWord(thing.get()));
    }

    /** Whether a day falls in the item's period (which ends before {@code periodEnd}). */
    static boolean inPeriod(Occurrence occurrence, LocalDate day) {
        return !day.isBefore(occurrence.periodStart()) && day.isBefore(occurrence.periodEnd());
    }

    private static boolean isPeople(String thing) {
        return PEOPLE.stream().anyMatch(thing::startsWith);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }
}
