package vn.doan.nhacviec.bot.zalo.api;

import java.util.stream.Stream;

/** What getMe says about the bot. */
public record BotInfo(String id, String accountName, String displayName, String accountType, Boolean canJoinGroups) {

    /** The names people may use to mention the bot in a group, best first. */
    public Stream<String> names() {
        return Stream.of(displayName, accountName).filter(n -> n != null && !n.isBlank()).map(String::strip);
    }

    /** A name for the log. */
    public String label() {
        return names().findFirst().orElse(id);
    }
}
