package vn.doan.nhacviec.bot.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.zalo.api.SentMessage;
import vn.doan.nhacviec.bot.zalo.api.ZaloApiException;
import vn.doan.nhacviec.bot.zalo.api.ZaloBotApi;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;
import vn.doan.nhacviec.scheduler.outbox.SendOutcome;

/**
 * Sends outbox messages to Zalo chats (see {@link ZaloRenderer} for the shape, {@link ZaloEdits} for
 * edits) and tells the outbox what happened: too many requests → wait and retry; server or network
 * trouble, or a refused token → retry with backoff (a token fixed by a restart still delivers);
 * the user blocked the bot or left → the chat becomes inactive; anything else refused → failed.
 */
@Component
@ConditionalOnZalo
class ZaloSender implements MessageSender {

    /** Zalo publishes no limits and sends no retry-after: a pause that lets a burst drain. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private final ZaloBotApi api;
    private final ZaloRenderer renderer;
    private final ZaloEdits edits;
    private final DeliveredParts delivered;

    ZaloSender(ZaloBotApi api, ZaloRenderer renderer, ZaloEdits edits, DeliveredParts delivered) {
        this.api = api;
        this.renderer = renderer;
        this.edits = edits;
        this.delivered = delivered;
    }

    @Override
    public String channel() {
        return ZaloInboundMapper.CHANNEL;
    }

    @Override
    public SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
        Optional<OutgoingMessage> news = edits.whatToSend(message, editPlatformMessageId);
        if (news.isEmpty()) {
            return new SendOutcome.Sent(editPlatformMessageId);
        }
        List<ZaloRenderer.Step> steps = renderer.render(chat, news.get());
        String lastId = null;
        for (int i = delivered.delivered(chat.id(), message); i < steps.size(); i++) {
            try {
                lastId = perform(chat.chatRef(), steps.get(i)).messageId();
            } catch (ZaloApiException e) {
                SendOutcome outcome = outcomeOf(e);
                if (outcome instanceof SendOutcome.Blocked || outcome instanceof SendOutcome.PermanentFailure) {
                    delivered.forget(chat.id(), message);
                }
                return outcome;
            }
            if (i + 1 < steps.size()) {
                delivered.deliveredUpTo(chat.id(), message, i + 1);
            }
        }
        delivered.forget(chat.id(), message);
        return new SendOutcome.Sent(lastId);
    }

    private SentMessage perform(String chatId, ZaloRenderer.Step step) {
        SentMessage sent = step instanceof ZaloRenderer.Step.Photo photo
                ? api.sendPhoto(chatId, photo.url(), photo.caption())
                : api.sendMessage(chatId, ((ZaloRenderer.Step.Text) step).text());
        return sent != null ? sent : new SentMessage(null, null);
    }

    static SendOutcome outcomeOf(ZaloApiException e) {
        return switch (e.kind()) {
            case RATE_LIMITED -> new SendOutcome.RetryAfter(e.retryAfter().orElse(DEFAULT_RETRY_AFTER));
            case SERVER_ERROR, NETWORK, UNAUTHORIZED -> new SendOutcome.TransientFailure(e.getMessage());
            case BLOCKED -> new SendOutcome.Blocked(e.description());
            case REJECTED -> new SendOutcome.PermanentFailure(e.getMessage());
        };
    }
}
