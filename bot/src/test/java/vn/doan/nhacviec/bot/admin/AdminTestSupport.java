package vn.doan.nhacviec.bot.admin;

import java.util.List;
import java.util.stream.Collectors;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;

/** Talking to the bot as one user in their private chat, reading what came back to that chat. */
public record AdminTestSupport(Terminal terminal, String userRef) {

    /** Everything answered to this user's chat, joined by blank lines. */
    public String say(String text) {
        return messages(text).stream().map(s -> s.message().text()).collect(Collectors.joining("\n\n"));
    }

    public List<CapturingSender.Sent> messages(String text) {
        return terminal.as(userRef, userRef, text).stream().filter(s -> s.chat().chatRef().equals(userRef)).toList();
    }
}
