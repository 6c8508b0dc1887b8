package vn.doan.nhacviec.bot.zalo;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;

/** Hands each Zalo update, from polling or the webhook, to the conversation, once per message. */
@Component
@ConditionalOnZalo
class ZaloUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(ZaloUpdateHandler.class);

    private final ZaloInboundMapper mapper;
    private final ReceivedMessages received;
    private final ConversationService conversation;

    ZaloUpdateHandler(ZaloInboundMapper mapper, ReceivedMessages received, ConversationService conversation) {
        this.mapper = mapper;
        this.received = received;
        this.conversation = conversation;
    }

    void handle(ZaloUpdate update) {
        Optional<Inbound> inbound = mapper.toInbound(update);
        if (inbound.isEmpty()) {
            log.debug("Zalo update {} ignored", update.eventName());
            return;
        }
        String chatRef = inbound.get().chatRef();
        String messageId = update.message().messageId();
        if (messageId != null && !received.claim(chatRef, messageId)) {
            log.debug("Zalo message {} was delivered again; already handled", messageId);
            return;
        }
        try {
            conversation.handle(inbound.get());
        } catch (RuntimeException e) {
            if (messageId != null) {
                received.release(chatRef, messageId);
            }
            throw e;
        }
    }
}
