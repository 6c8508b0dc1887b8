package vn.doan.nhacviec.scheduler.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.doan.nhacviec.data.alert.AlertKind;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.reminder.ChatNames;

/**
 * Tells the superiors of the units a chat is bound to that something is wrong with that chat (it
 * blocked the bot, a reminder to it failed for good): once a day per chat and kind of trouble.
 */
final class ChatSuperiors {

    /** The message for one supervising chat, from its language, the chat's name and the units concerned. */
    @FunctionalInterface
    interface Render {
        OutgoingMessage apply(String language, String chatName, List<Unit> units);
    }

    private final SupervisorAlerts notices;
    private final ChatRepository chats;
    private final UnitRepository units;
    private final ChatNames names;
    private final Clock clock;

    ChatSuperiors(SupervisorAlerts notices, ChatRepository chats, UnitRepository units, ChatNames names, Clock clock) {
        this.notices = notices;
        this.chats = chats;
        this.units = units;
        this.names = names;
        this.clock = clock;
    }

    /** @param trouble names the kind of trouble in the dedup key ({@code blocked}, {@code failed}) */
    void tell(long chatId, String trouble, Render render) {
        Chat chat = chats.findById(chatId).orElse(null);
        if (chat == null) {
            return;
        }
        List<Unit> bound = units.findByIds(chats.unitsBoundTo(chatId));
        if (bound.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String name = names.nameOf(chat);
        notices.notify(bound, AlertKind.BLOCKED, null, (language, about) -> render.apply(language, name, about),
                trouble + ":" + chatId + ":" + LocalDate.ofInstant(now, bound.get(0).zone()), now);
    }
}
