package vn.doan.nhacviec.bot.telegram;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command as typed on Telegram. In groups it may carry the bot it is meant for
 * ({@code /viec@nhacviec_bot}); the suffix is dropped when it names this bot.
 *
 * @param text        the message with the suffix removed
 * @param forOtherBot the suffix names another bot: not ours to answer
 */
record TypedCommand(String text, boolean forOtherBot) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\\s|$)(.*)$", Pattern.DOTALL);

    /** Read independently of the library's {@code Message.isCommand()}, which in 10.2.0 may say false before the entities were read. */
    static Optional<TypedCommand> parse(String text, BotIdentity bot) {
        Matcher matcher = COMMAND.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String suffix = matcher.group(2);
        boolean other = suffix != null && !bot.isNamed(suffix);
        return Optional.of(new TypedCommand("/" + matcher.group(1) + matcher.group(3), other));
    }
}
