package vn.doan.nhacviec.bot.telegram;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The bot's identity once getMe has answered; updates are not read before. */
final class CurrentBot {

    private final AtomicReference<BotIdentity> identity = new AtomicReference<>();

    void set(BotIdentity bot) {
        identity.set(bot);
    }

    Optional<BotIdentity> known() {
        return Optional.ofNullable(identity.get());
    }
}
