package vn.doan.nhacviec.bot.onboarding;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/** Deep links for invites; the Telegram channel tells it the bot's username once it knows it (getMe). */
@Component
public class InviteLinks {

    private final AtomicReference<String> telegramUsername = new AtomicReference<>();

    public void telegramBotIs(String username) {
        telegramUsername.set(username);
    }

    public Optional<String> telegramStartLink(String code) {
        return Optional.ofNullable(telegramUsername.get()).map(name -> "https://t.me/" + name + "?start=" + code);
    }
}
