package vn.doan.nhacviec.bot.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Decided before anything starts: with a messenger token the bot serves the messenger; without,
 * the terminal demo runs only where it can do no harm (the embedded SQLite default, with a
 * terminal on stdin) or when asked for with {@code --demo}. Otherwise (a configured
 * {@code DATABASE_URL}, or {@code docker run} with no terminal) the bot says what is missing and
 * stops before it opens the database: the demo would write its tree into a real database and take
 * the first-admin claim, so that no messenger user could ever become admin.
 */
public final class StartMode {

    public static final String DEMO_FLAG = "--demo";
    /** The exit status of a refused start. */
    public static final int REFUSED_STATUS = 2;

    private static final List<String> TOKENS = List.of("TELEGRAM_BOT_TOKEN", "ZALO_BOT_TOKEN", "nhacviec.telegram.token",
            "nhacviec.zalo.token");

    /** What to run; {@code args} are the arguments to hand to Spring (the demo switched on where chosen). */
    public record Decision(Kind kind, List<String> args, String refusal) {

        public enum Kind { MESSENGER, DEMO, REFUSED }
    }

    private StartMode() {
    }

    /**
     * @param setting  a setting by name, from the command line ({@code --name=value}), the system
     *                 properties or the environment; null when unset
     * @param terminal whether a person sits at a terminal (stdin and stdout)
     */
    public static Decision decide(String[] args, UnaryOperator<String> setting, boolean terminal) {
        List<String> springArgs = new ArrayList<>(Arrays.stream(args).filter(arg -> !arg.equals(DEMO_FLAG)).toList());
        boolean demoAsked = Arrays.asList(args).contains(DEMO_FLAG) || "true".equalsIgnoreCase(setting.apply("nhacviec.demo.enabled"));
        if (TOKENS.stream().map(setting).anyMatch(StartMode::hasText) && !demoAsked) {
            return new Decision(Decision.Kind.MESSENGER, springArgs, null);
        }
        boolean embeddedDatabase = !hasText(setting.apply("DATABASE_URL")) && !hasText(setting.apply("nhacviec.database.url"));
        if (demoAsked || (embeddedDatabase && terminal)) {
            springArgs.add("--nhacviec.demo.enabled=true");
            springArgs.add("--nhacviec.console.enabled=true");
            return new Decision(Decision.Kind.DEMO, springArgs, null);
        }
        String whyVi = embeddedDatabase
                ? "không có terminal ở stdin nên bản demo trên dòng lệnh không chạy được"
                : "DATABASE_URL đã được đặt: bản demo sẽ ghi cây đơn vị demo vào cơ sở dữ liệu đó";
        String why = embeddedDatabase
                ? "there is no terminal on stdin, so the terminal demo cannot run here"
                : "DATABASE_URL is set, and the terminal demo would write its demo tree into that database";
        String refusal = "Nhắc việc Đoàn: không có gì để chạy. Chưa đặt mã bot (TELEGRAM_BOT_TOKEN hoặc ZALO_BOT_TOKEN) và "
                + whyVi + ".\n"
                + "  - Để phục vụ Telegram/Zalo: đặt TELEGRAM_BOT_TOKEN và/hoặc ZALO_BOT_TOKEN.\n"
                + "  - Để vẫn chạy bản demo: thêm --demo (dữ liệu demo sẽ được ghi vào cơ sở dữ liệu đã cấu hình).\n"
                + "Chưa ghi gì cả.\n\n"
                + "Nothing to run: no messenger token is set (TELEGRAM_BOT_TOKEN or ZALO_BOT_TOKEN) and " + why + ".\n"
                + "  - To serve a messenger: set TELEGRAM_BOT_TOKEN and/or ZALO_BOT_TOKEN.\n"
                + "  - To run the terminal demo anyway: start with --demo (it writes demo data into the configured database).\n"
                + "Nothing was written.";
        return new Decision(Decision.Kind.REFUSED, springArgs, refusal);
    }

    /** A setting from {@code --name=value} arguments, then the system properties, then the environment. */
    public static UnaryOperator<String> settings(String[] args, Map<String, String> environment) {
        return name -> {
            for (String arg : args) {
                if (arg.startsWith("--" + name + "=")) {
                    return arg.substring(name.length() + 3);
                }
            }
            String property = System.getProperty(name);
            return property != null ? property : environment.get(name);
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
