package vn.doan.nhacviec.bot.zalo;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundLanes;
import vn.doan.nhacviec.bot.conversation.ConversationService;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;

/**
 * Hands each Zalo update, from polling or the webhook, to the conversation, once per message: in the
 * chat's lane ({@link InboundLanes}), after the chat's earlier messages and alongside other chats'.
 */
@Component
@ConditionalOnZalo
class ZaloUpdateHandler {

    private static final Logger log = LoggerFactory.getLogger(ZaloUpdateHandler.class);

    private final ZaloInboundMapper mapper;
    private final ReceivedMessages received;
    private final ConversationService conversation;
    private final InboundLanes lanes;

    ZaloUpdateHandler(ZaloInboundMapper mapper, ReceivedMessages received, ConversationService conversation, InboundLanes lanes) {
        this.lanes = lanes;
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
        lanes.submit(inbound.get().channel(), chatRef, () -> converse(inbound.get(), chatRef, messageId));
    }

    private void converse(Inbound inbound, String chatRef, String messageId) {
        try {
            conversation.handle(inbound);
        } catch (RuntimeException e) {
            if (messageId != null) {
                received.release(chatRef, messageId);
            }
            // the conversation already answers its own errors; this is the database or a bug
            log.error("Handling a Zalo message failed: {}", e.toString(), e);
        }
    }
}
