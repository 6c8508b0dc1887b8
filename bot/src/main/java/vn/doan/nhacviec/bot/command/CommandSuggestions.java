package vn.doan.nhacviec.bot.command;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * An unknown command is answered with the closest command the caller may use, when one is close:
 * typed with diacritics ({@code /việc} for {@code /viec}) or a letter or two off ({@code /vec}, {@code /hlep}; one
 * for short names, where two would reach unrelated commands).
 */
@Component
public class CommandSuggestions {

    private final CommandRegistry commands;
    private final Messages messages;
    private final Outgoing outgoing;

    public CommandSuggestions(CommandRegistry commands, Messages messages, Outgoing outgoing) {
        this.commands = commands;
        this.messages = messages;
        this.outgoing = outgoing;
    }

    /** Answers {@code typed} (the first word, e.g. {@code /việc}), which names no command. */
    public void replyUnknown(Caller caller, String typed) {
        String text = suggestion(caller, typed)
                .map(name -> messages.get(caller.locale(), "error.unknownCommandSuggest", typed, "/" + name))
                .orElseGet(() -> messages.get(caller.locale(), "error.unknownCommand", typed));
        outgoing.send(caller.chat(), OutgoingMessage.text(text));
    }

    /** The name (or alias) of the command the caller may use closest to {@code typed}, if close enough. */
    public Optional<String> suggestion(Caller caller, String typed) {
        String wanted = plain(typed);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        if (wanted.length() > 32) {
            return Optional.empty();
        }
        int allowed = wanted.length() <= 4 ? 1 : 2;
        return commands.availableTo(caller).stream()
                .flatMap(command -> Stream.concat(Stream.of(command.spec().name()), command.spec().aliases().stream()))
                .map(name -> new Candidate(name, distance(wanted, name)))
                .filter(candidate -> candidate.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance))
                .map(Candidate::name);
    }

    private record Candidate(String name, int distance) {
    }

    /** Lower case, without the slash, the bot's name and diacritics: {@code /Việc@bot} → {@code viec}. */
    static String plain(String typed) {
        String name = typed.strip();
        name = name.startsWith("/") ? name.substring(1) : name;
        int at = name.indexOf('@');
        name = at < 0 ? name : name.substring(0, at);
        String decomposed = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one step ({@code hlep} → {@code help}),
     * like insertions, deletions and substitutions (optimal string alignment).
     */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
