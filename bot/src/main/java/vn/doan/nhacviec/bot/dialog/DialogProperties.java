package vn.doan.nhacviec.bot.dialog;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param timeout a question waiting for an answer (a step of /themnv, /suanv, ...) expires after this ({@code nhacviec.dialogs.timeout}) */
@Validated
@ConfigurationProperties("nhacviec.dialogs")
public record DialogProperties(@DefaultValue("30m") @NotNull Duration timeout) {

    public DialogProperties {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("must be longer than zero (for example 30m)");
        }
    }
}
