package vn.doan.nhacviec.bot.zalo;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.zalo.api.BotInfo;

/** Who the bot is on Zalo, once getMe has answered: its names are how people mention it in groups. */
@Component
@ConditionalOnZalo
class BotIdentity {

    private final AtomicReference<BotInfo> info = new AtomicReference<>();

    void learned(BotInfo bot) {
        info.set(bot);
    }

    /** Empty until getMe has answered. */
    List<String> names() {
        BotInfo bot = info.get();
        return bot == null ? List.of() : bot.names().toList();
    }
}
