package vn.doan.nhacviec.bot.telegram;

import java.time.Duration;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import vn.doan.nhacviec.scheduler.outbox.SendOutcome;

/**
 * What a failed Bot API call means for the outbox: 429 waits {@code retry_after}; 403 (blocked,
 * removed from the group) makes the chat inactive; 5xx and network trouble are retried; other
 * 4xx will fail again. The text kept as the error is masked: it could quote a URL.
 */
final class SendErrors {

    private SendErrors() {
    }

    static SendOutcome outcomeOf(TelegramApiException error, TokenMask mask) {
        if (error instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            int code = request.getErrorCode();
            String description = mask.mask(request.getApiResponse() != null ? request.getApiResponse() : request.getMessage());
            if (code == 429) {
                Integer seconds = request.getParameters() == null ? null : request.getParameters().getRetryAfter();
                return new SendOutcome.RetryAfter(Duration.ofSeconds(seconds == null || seconds < 1 ? 1 : seconds));
            }
            if (code == 403) {
                return new SendOutcome.Blocked(description);
            }
            if (code >= 500) {
                return new SendOutcome.TransientFailure(code + " " + description);
            }
            return new SendOutcome.PermanentFailure(code + " " + description);
        }
        if (error instanceof TelegramApiValidationException) {
            return new SendOutcome.PermanentFailure(mask.mask(error.getMessage()));
        }
        return new SendOutcome.TransientFailure(mask.mask(describe(error)));
    }

    /** Migration of a group to a supergroup, as told by a refused send: the new chat id, or null. */
    static Long migratedTo(TelegramApiException error) {
        return error instanceof TelegramApiRequestException request && request.getParameters() != null
                ? request.getParameters().getMigrateToChatId() : null;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(error.toString());
        for (Throwable cause = error.getCause(); cause != null && text.length() < 400; cause = cause.getCause()) {
            text.append(" / ").append(cause);
        }
        return text.toString();
    }
}
