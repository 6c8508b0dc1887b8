package vn.doan.nhacviec.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: Telegram posts each update here. A request without the secret header is refused
 * with 401, one with a wrong secret with 403; nothing of theirs is read. Updates are handled before
 * the answer, so Telegram sends the next one only after; an update it sends again is recognised.
 */
@RestController
@ConditionalOnTelegram
@Conditional(TelegramWebhookConfigured.class)
@ConditionalOnWebApplication
class TelegramWebhook {

    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    // the library's objects are Jackson 2 beans; Spring's own mapper is Jackson 3
    private final ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final WebhookSecret secret;
    private final CurrentBot currentBot;
    private final TelegramUpdateHandler handler;

    TelegramWebhook(WebhookSecret secret, CurrentBot currentBot, TelegramUpdateHandler handler) {
        this.secret = secret;
        this.currentBot = currentBot;
        this.handler = handler;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                 @RequestBody(required = false) byte[] body) {
        if (given == null || given.isEmpty()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (!secret.matches(given)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        if (currentBot.known().isEmpty()) {
            // still starting: Telegram tries again
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
        }
        Update update;
        try {
            update = json.readValue(body == null ? new byte[0] : body, Update.class);
        } catch (IOException e) {
            return ResponseEntity.badRequest().build();
        }
        handler.handle(update);
        return ResponseEntity.ok().build();
    }
}
