package vn.doan.nhacviec.bot.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.imports.ImportProblem;
import vn.doan.nhacviec.data.imports.ImportProblem.Phrase;

/**
 * Words the problems of an imported file ({@code /nhapdv}, {@code /nhapnv}) in the reader's language
 * from the {@code import.*} bundle keys: every problem on its own line with where it is, at most
 * {@link #MAX_SHOWN}, then how many more there are.
 */
@Component
public class ImportProblemText {

    public static final int MAX_SHOWN = 15;
    private static final int MAX_VALUE_LENGTH = 64;

    private final Messages messages;

    public ImportProblemText(Messages messages) {
        this.messages = messages;
    }

    /** The problems one a line, the first {@link #MAX_SHOWN} of them and a line saying how many more. */
    public String lines(Locale locale, List<ImportProblem> problems) {
        List<String> lines = new ArrayList<>();
        problems.stream().limit(MAX_SHOWN).forEach(p -> lines.add(line(locale, p)));
        if (problems.size() > MAX_SHOWN) {
            lines.add(messages.get(locale, "import.moreProblems", problems.size() - MAX_SHOWN));
        }
        return String.join("\n", lines);
    }

    /** One problem: where it is (file, line, entry, field or column), then what is wrong. */
    public String line(Locale locale, ImportProblem p) {
        List<String> where = new ArrayList<>();
        if (p.file() != null) {
            where.add(fileName(p.file()));
        }
        if (p.line() > 0) {
            where.add(messages.get(locale, "import.at.line", p.line()));
        }
        if (p.entry() != null) {
            where.add(messages.get(locale, p.entry().key(), shorten(p.entry().name())));
        }
        if (p.field() != null && !p.field().isEmpty()) {
            where.add(messages.get(locale, p.line() > 0 ? "import.at.column" : "import.at.field", p.field()));
        }
        String what = text(locale, p.key(), p.args());
        return where.isEmpty() ? messages.get(locale, "import.problemNoPlace", what)
                : messages.get(locale, "import.problem", String.join(", ", where), what);
    }

    private String text(Locale locale, String key, List<Object> args) {
        Object[] worded = args.stream().map(a -> worded(locale, a)).toArray();
        return messages.get(locale, key, worded);
    }

    private Object worded(Locale locale, Object arg) {
        if (arg instanceof Phrase phrase) {
            return text(locale, phrase.key(), phrase.args());
        }
        return arg instanceof String s ? shorten(s) : arg;
    }

    /** A file sent from chat is known by its name; the folder it was saved in means nothing to the reader. */
    private static String fileName(String file) {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }

    private static String shorten(String text) {
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
}
