package vn.doan.nhacviec.bot.zalo;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.doan.nhacviec.bot.channel.WebhookBody;
import vn.doan.nhacviec.bot.channel.WebhookProperties;
import vn.doan.nhacviec.bot.zalo.api.ZaloJson;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;

/**
 * Receives Zalo updates in webhook mode ({@code ZALO_WEBHOOK_URL} set). Only a request carrying the
 * registered secret in {@code X-Bot-Api-Secret-Token} is read; anything else is refused with 401
 * and nothing is handled, nor read: the body is taken from the request only after the header was
 * checked, and only up to {@code nhacviec.webhook.max-body-bytes} (413 past it). In polling mode the endpoint does not answer (404).
 */
@RestController
@ConditionalOnZalo
@ConditionalOnWebApplication
class ZaloWebhookController {

    static final String SECRET_HEADER = "X-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(ZaloWebhookController.class);

    private final ZaloProperties properties;
    private final ZaloUpdateHandler handler;
    private final byte[] secret;
    private final long maxBodyBytes;

    ZaloWebhookController(ZaloProperties properties, ZaloUpdateHandler handler,
                          WebhookProperties webhook) {
        this.properties = properties;
        this.handler = handler;
        this.maxBodyBytes = webhook.maxBodyBytes();
        this.secret = properties.effectiveWebhookSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("${nhacviec.zalo.webhook-path:/zalo/webhook}")
    ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String givenSecret,
                                 HttpServletRequest request) throws IOException {
        if (!properties.webhookMode()) {
            return ResponseEntity.notFound().build();
        }
        if (givenSecret == null || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
            log.warn("Refused a Zalo webhook call without the right secret token");
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        }
        if (WebhookBody.declaredTooBig(request, maxBodyBytes)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Optional<byte[]> body = WebhookBody.read(request, maxBodyBytes);
        if (body.isEmpty()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
        }
        Optional<ZaloUpdate> update = ZaloJson.webhookUpdate(new String(body.get(), StandardCharsets.UTF_8));
        if (update.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        try {
            handler.handle(update.get());
        } catch (RuntimeException e) {
            // 500 makes Zalo deliver it again; the message was given back, so that is handled
            log.error("Handling a Zalo webhook update failed: {}", e.toString(), e);
            return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();
        }
        return ResponseEntity.ok().build();
    }
}
