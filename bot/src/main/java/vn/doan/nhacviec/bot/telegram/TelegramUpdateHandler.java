package vn.doan.nhacviec.bot.telegram;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.doan.nhacviec.bot.channel.InboundLanes;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.conversation.PresserReplies;
import vn.doan.nhacviec.data.chat.ChatRepository;

/**
 * Handles one update, however it arrived (long polling or webhook): once only, whatever it is.
 * Messages and button presses go to the conversation; every button press is answered so the
 * client stops its spinner (with the reason when the conversation refused it, see
 * {@link PresserReplies}); the command menus follow role changes on their own ({@link CommandMenus});
 * a group turned supergroup keeps its chat row; a chat that blocks or
 * removes the bot stops receiving messages, and gets them again when it takes the bot back.
 */
@Component
@ConditionalOnTelegram
class TelegramUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(TelegramUpdateHandler.class);
    private static final Set<String> GONE = Set.of("kicked", "left");

    private final ProcessedUpdates processed;
    private final CurrentBot currentBot;
    private final ConversationService conversation;
    private final GroupMigration migration;
    private final ChatRepository chats;
    private final TelegramClient client;
    private final TokenMask mask;
    private final PresserReplies presserReplies;
    private final InboundLanes lanes;

    TelegramUpdateHandler(ProcessedUpdates processed, CurrentBot currentBot, ConversationService conversation, GroupMigration migration,
                          ChatRepository chats, TelegramClient client, TokenMask mask, PresserReplies presserReplies,
                          InboundLanes lanes) {
        this.lanes = lanes;
        this.processed = processed;
        this.currentBot = currentBot;
        this.conversation = conversation;
        this.migration = migration;
        this.chats = chats;
        this.client = client;
        this.mask = mask;
        this.presserReplies = presserReplies;
    }

    /** One update (a webhook call): as {@link #handleAll}. */
    void handle(Update update) {
        handleAll(List.of(update));
    }

    /**
     * Never throws: a failing update is logged and skipped so the ones after it are still read. Takes
     * note of the batch's updates here, in one write, then handles each in its chat's lane
     * ({@link InboundLanes}): after the chat's earlier updates, alongside other chats'.
     */
    void handleAll(List<Update> updates) {
        List<Update> fresh;
        BotIdentity bot;
        try {
            bot = currentBot.known().orElseThrow(() -> new IllegalStateException("getMe has not answered yet"));
            List<Long> ids = updates.stream().map(Update::getUpdateId).filter(java.util.Objects::nonNull).map(Integer::longValue).toList();
            Set<Long> first = new HashSet<>(processed.markFirstTime(bot.id(), ids));
            fresh = updates.stream().filter(update -> update.getUpdateId() != null && first.remove(update.getUpdateId().longValue())).toList();
        } catch (RuntimeException e) {
            log.error("Failed to take note of {} Telegram update(s)", updates.size(), mask.scrub(e));
            return;
        }
        if (fresh.size() < updates.size()) {
            log.debug("{} Telegram update(s) were handled before", updates.size() - fresh.size());
        }
        for (Update update : fresh) {
            try {
                lanes.submit(UpdateTranslator.CHANNEL, chatOf(update), () -> handleNew(update, bot));
            } catch (RuntimeException e) {
                log.error("Failed to handle Telegram update {}", update.getUpdateId(), mask.scrub(e));
            }
        }
    }

    private static String chatOf(Update update) {
        if (update.hasCallbackQuery()) {
            CallbackQuery query = update.getCallbackQuery();
            return query.getMessage() != null ? String.valueOf(query.getMessage().getChatId())
                    : String.valueOf(query.getFrom().getId());
        }
        if (update.hasMessage()) {
            return String.valueOf(update.getMessage().getChatId());
        }
        if (update.hasMyChatMember() && update.getMyChatMember().getChat() != null) {
            return String.valueOf(update.getMyChatMember().getChat().getId());
        }
        return "";
    }

    private void handleNew(Update update, BotIdentity bot) {
        try {
            if (update.hasCallbackQuery()) {
                pressed(update.getCallbackQuery());
            } else if (update.hasMessage()) {
                message(update.getMessage(), bot);
            } else if (update.hasMyChatMember()) {
                membership(update.getMyChatMember());
            }
        } catch (RuntimeException e) {
            log.error("Failed to handle Telegram update {}", update.getUpdateId(), mask.scrub(e));
        }
    }

    private void message(Message message, BotIdentity bot) {
        if (message.getMigrateToChatId() != null) {
            migration.migrate(String.valueOf(message.getChatId()), String.valueOf(message.getMigrateToChatId()));
            return;
        }
        if (message.getMigrateFromChatId() != null) {
            migration.migrate(String.valueOf(message.getMigrateFromChatId()), String.valueOf(message.getChatId()));
            return;
        }
        UpdateTranslator.fromMessage(message, bot).ifPresent(conversation::handle);
    }

    /** A press is answered once: by the outbox when the conversation refused it (with the reason), else here, silently. */
    private void pressed(CallbackQuery query) {
        try {
            UpdateTranslator.fromCallback(query).ifPresent(conversation::handle);
        } finally {
            if (!presserReplies.answersPress(query.getId())) {
                answerSilently(query);
            }
        }
    }

    private void answerSilently(CallbackQuery query) {
        try {
            client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).build());
        } catch (TelegramApiException e) {
            log.warn("Could not answer a Telegram button press: {}", mask.mask(e.toString()));
        }
    }

    private void membership(ChatMemberUpdated change) {
        if (change.getNewChatMember() == null || change.getChat() == null) {
            return;
        }
        String status = change.getNewChatMember().getStatus();
        chats.find(UpdateTranslator.CHANNEL, String.valueOf(change.getChat().getId())).ifPresent(chat -> {
            if (GONE.contains(status) && chat.active()) {
                chats.markInactive(chat.id(), "bot " + status);
            } else if (!GONE.contains(status) && !chat.active()) {
                chats.markActive(chat.id());
            }
        });
    }
}
