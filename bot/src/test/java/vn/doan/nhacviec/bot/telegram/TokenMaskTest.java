package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class TokenMaskTest {

    private final TokenMask mask = new TokenMask("123:SECRET-part");

    @Test
    void hidesTheTokenAndItsSecretPartInText() {
        assertThat(mask.mask("POST https://api.telegram.org/bot123:SECRET-part/sendMessage failed"))
                .isEqualTo("POST https://api.telegram.org/bot<token>/sendMessage failed");
        assertThat(mask.mask("secret SECRET-part alone")).isEqualTo("secret <token> alone");
    }

    @Test
    void scrubbedErrorsKeepTheirStackButNotTheToken() {
        IOException cause = new IOException("reading /bot123:SECRET-part/getUpdates");
        Throwable scrubbed = mask.scrub(new IllegalStateException("wrapped", cause));
        assertThat(scrubbed.toString()).isEqualTo("java.lang.IllegalStateException: wrapped");
        assertThat(scrubbed.getCause().toString()).isEqualTo("java.io.IOException: reading /bot<token>/getUpdates");
        assertThat(scrubbed.getStackTrace()).isNotEmpty();
    }
}
