package vn.doan.nhacviec.data.imports;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One problem of an imported file, without wording: where it is (file, line, entry, field, each
 * optional) and what is wrong as a message key with its arguments. The bot words it from its bundles
 * ({@code import.*} keys) in the reader's language; {@link #toString()} is for logs only.
 *
 * @param line the line of the file (1 = a CSV's header), or 0 when the problem has no line
 * @param args the values shown in the message, user values as text so nothing formats them
 */
public record ImportProblem(String file, long line, Entry entry, String field, String key, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    /** The part of a catalogue file a problem is in: its plan or one of its obligations. */
    public record Entry(String key, String name) {

        public static Entry plan() {
            return new Entry("import.entry.plan", "");
        }

        public static Entry obligation(String code) {
            return new Entry("import.entry.obligation", code);
        }

        /** An obligation without a code, by its position (1 = the first). */
        public static Entry obligationNumber(int position) {
            return new Entry("import.entry.obligationNumber", String.valueOf(position));
        }
    }

    /** A worded part of a message (a type name, say), given as an argument: the bot words it too. */
    public record Phrase(String key, List<Object> args) {

        public Phrase {
            args = List.copyOf(args);
        }

        public static Phrase of(String key, Object... args) {
            return new Phrase(key, Arrays.asList(args));
        }

        @Override
        public String toString() {
            return key + (args.isEmpty() ? "" : args.toString());
        }
    }

    /** A problem of a catalogue file; {@code entry} and {@code field} may be null. */
    public static ImportProblem inFile(String file, Entry entry, String field, String key, Object... args) {
        return new ImportProblem(file, 0, entry, field, key, Arrays.asList(args));
    }

    /** A problem on a line of a CSV file; {@code field} is the column, possibly null. */
    public static ImportProblem atLine(long line, String field, String key, Object... args) {
        return new ImportProblem(null, line, null, field, key, Arrays.asList(args));
    }

    /** The same problem told without its file, for an answer that names the file once. */
    public ImportProblem withoutFile() {
        return new ImportProblem(null, line, entry, field, key, args);
    }

    /** The first argument, the value at fault when the message names one. */
    public Object value() {
        return args.isEmpty() ? "" : args.get(0);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file).append(": ");
        }
        if (line > 0) {
            sb.append("line ").append(line).append(": ");
        }
        if (entry != null) {
            sb.append(entry.name().isEmpty() ? "plan" : entry.name()).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(key).append(args.isEmpty() ? ""
                : args.stream().map(String::valueOf).collect(Collectors.joining(", ", " [", "]"))).toString();
    }
}
