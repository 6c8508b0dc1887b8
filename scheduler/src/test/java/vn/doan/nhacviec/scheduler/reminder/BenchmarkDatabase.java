package vn.doan.nhacviec.scheduler.reminder;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The benchmarks' {@code db=} option: {@code sqlite} (default) or {@code postgres}, the embedded
 * PostgreSQL of the tests (test-postgres). On PostgreSQL every printed figure {@code name=value} reads
 * {@code name_postgres=value}, so the two runs can be quoted side by side.
 */
final class BenchmarkDatabase {

    private static final Pattern KEY = Pattern.compile("(^|\\s)([A-Za-z][A-Za-z0-9_]*)=");

    private BenchmarkDatabase() {
    }

    static void use(String db) {
        switch (db) {
            case "sqlite" -> System.setProperty("test.db", "sqlite");
            case "postgres" -> {
                System.setProperty("test.db", "postgres");
                System.setOut(new PrintStream(new Suffixing(System.out, "_postgres"), true, StandardCharsets.UTF_8));
            }
            default -> throw new IllegalArgumentException("db=" + db + ": write db=sqlite or db=postgres");
        }
    }

    /** Adds the suffix to every key of each printed line. */
    private static final class Suffixing extends OutputStream {
        private final PrintStream target;
        private final String suffix;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Suffixing(PrintStream target, String suffix) {
            this.target = target;
            this.suffix = suffix;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                target.println(KEY.matcher(text).replaceAll("$1$2" + suffix + "="));
            } else {
                line.write(b);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }
    }
}
