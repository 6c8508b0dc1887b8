package vn.doan.nhacviec.bot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;

/**
 * A group that became a supergroup gets a new chat id; its chat row follows it, keeping the units
 * bound to it, its language and its history. Telegram tells both chats ({@code migrate_to_chat_id}
 * in the old one, {@code migrate_from_chat_id} in the new one); whichever arrives first does it.
 */
@Component
@ConditionalOnTelegram
class GroupMigration {

    private static final Logger log = LoggerFactory.getLogger(GroupMigration.class);

    private final ChatRepository chats;
    private final TransactionOperations transactions;

    GroupMigration(ChatRepository chats, TransactionOperations transactions) {
        this.chats = chats;
        this.transactions = transactions;
    }

    void migrate(String oldChatRef, String newChatRef) {
        transactions.executeWithoutResult(status -> chats.find(UpdateTranslator.CHANNEL, oldChatRef).ifPresent(old -> {
            var existing = chats.find(UpdateTranslator.CHANNEL, newChatRef);
            if (existing.isEmpty()) {
                chats.changeRef(old.id(), newChatRef);
            } else {
                // the supergroup wrote to the bot before the old group's notice was read: it takes over the bindings
                Chat target = existing.get();
                chats.unitsBoundTo(old.id()).forEach(unit -> chats.bind(target.id(), unit));
                chats.markInactive(old.id(), "migrated to " + newChatRef);
            }
            log.info("Telegram group {} became supergroup {}; its bindings follow it", oldChatRef, newChatRef);
        }));
    }
}
