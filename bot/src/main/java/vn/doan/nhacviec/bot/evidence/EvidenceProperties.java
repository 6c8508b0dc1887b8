package vn.doan.nhacviec.bot.evidence;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param pendingWindow a photo proves the next answer its sender gives in that chat within this time ({@code nhacviec.evidence.pending-window}) */
@Validated
@ConfigurationProperties("nhacviec.evidence")
public record EvidenceProperties(@DefaultValue("30m") @NotNull Duration pendingWindow) {

    public EvidenceProperties {
        if (pendingWindow != null && (pendingWindow.isNegative() || pendingWindow.isZero())) {
            throw new IllegalArgumentException("must be longer than zero (for example 30m)");
        }
    }
}
