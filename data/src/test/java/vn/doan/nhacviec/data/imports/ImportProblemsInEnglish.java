package vn.doan.nhacviec.data.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Words import problems with the bot's English bundle (the data module has no wording of its own), so
 * data tests read the messages a reader gets and fail on a key the bundle lacks. The layout is the
 * tests' own: {@code file: entry: field name: message}.
 */
public final class ImportProblemsInEnglish {

    /** Tests run with the module directory ({@code data/}) as working directory. */
    private static final Path BUNDLE = Path.of("../bot/src/main/resources/i18n/messages_en.properties");
    private static final Properties TEXTS = load();

    private ImportProblemsInEnglish() {
    }

    public static String lines(List<ImportProblem> problems) {
        return problems.stream().map(ImportProblemsInEnglish::line).collect(Collectors.joining("\n"));
    }

    public static String line(ImportProblem p) {
        StringBuilder sb = new StringBuilder();
        if (p.file() != null) {
            sb.append(p.file()).append(": ");
        }
        if (p.line() > 0) {
            sb.append("line ").append(p.line()).append(": ");
        }
        if (p.entry() != null) {
            sb.append(text(p.entry().key(), p.entry().name())).append(": ");
        }
        if (p.field() != null) {
            sb.append("field ").append(p.field()).append(": ");
        }
        return sb.append(text(p.key(), p.args().toArray())).toString();
    }

    public static String text(String key, Object... args) {
        String pattern = TEXTS.getProperty(key);
        if (pattern == null) {
            throw new AssertionError("no English text for " + key);
        }
        Object[] worded = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            worded[i] = args[i] instanceof ImportProblem.Phrase phrase ? text(phrase.key(), phrase.args().toArray()) : args[i];
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(worded);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
