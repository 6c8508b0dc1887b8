package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import vn.doan.nhacviec.scheduler.outbox.SendOutcome;

class SendErrorsTest {

    private final TokenMask mask = new TokenMask("1:abc");

    @Test
    void tooManyRequestsWaitsAsTold() {
        assertThat(outcome(429, "Too Many Requests: retry after 12", new ResponseParameters(null, 12)))
                .isEqualTo(new SendOutcome.RetryAfter(Duration.ofSeconds(12)));
    }

    @Test
    void forbiddenMeansBlocked() {
        assertThat(outcome(403, "Forbidden: bot was kicked from the group chat", null)).isInstanceOf(SendOutcome.Blocked.class);
    }

    @Test
    void serverErrorsAndNetworkTroubleAreRetriedOtherRefusalsAreNot() {
        assertThat(outcome(502, "Bad Gateway", null)).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(outcome(400, "Bad Request: chat not found", null)).isInstanceOf(SendOutcome.PermanentFailure.class);
        SendOutcome network = SendErrors.outcomeOf(new TelegramApiException("Unable to execute sendmessage method",
                new IOException("timeout on /bot1:abc/sendMessage")), mask);
        assertThat(network).isInstanceOf(SendOutcome.TransientFailure.class);
        assertThat(((SendOutcome.TransientFailure) network).error()).doesNotContain("1:abc").contains("<token>");
    }

    private SendOutcome outcome(int code, String description, ResponseParameters parameters) {
        ApiResponse<Object> response = ApiResponse.builder().ok(false).errorCode(code).errorDescription(description).parameters(parameters).build();
        return SendErrors.outcomeOf(new TelegramApiRequestException("Error sending message", response), mask);
    }
}
