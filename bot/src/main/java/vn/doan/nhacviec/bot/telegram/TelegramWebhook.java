package vn.doan.nhacviec.bot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;
import vn.doan.nhacviec.bot.channel.WebhookBody;
import vn.doan.nhacviec.bot.channel.WebhookProperties;

/**
 * Webhook mode: Telegram posts each update here. A request without the secret header is refused
 * with 401, one with a wrong secret with 403; nothing of theirs is read (the body is taken from the
 * request only after the header was checked). A body over {@code nhacviec.webhook.max-body-bytes}
 * is refused with 413, unread when its length is declared. Updates are handled before
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
    private final long maxBodyBytes;

    TelegramWebhook(WebhookSecret secret, CurrentBot currentBot, TelegramUpdateHandler handler,
                    WebhookProperties webhook) {
        this.secret = secret;
        this.currentBot = currentBot;
        this.handler = handler;
        this.maxBodyBytes = webhook.maxBodyBytes();
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
                                 HttpServletRequest request) throws IOException {
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
        if (WebhookBody.declaredTooBig(request, maxBodyBytes)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Optional<byte[]> body = WebhookBody.read(request, maxBodyBytes);
        if (body.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Update update;
        try {
            update = json.readValue(body.get(), Update.class);
        } catch (IOException | RuntimeException e) {
            return ResponseEntity.badRequest().build();
        }
        handler.handle(update);
        return ResponseEntity.ok().build();
    }
}
