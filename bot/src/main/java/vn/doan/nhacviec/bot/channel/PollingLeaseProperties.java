package vn.doan.nhacviec.bot.channel;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.doan.nhacviec.data.settings.PositiveDuration;

/**
 * The lease that lets one instance poll a messenger ({@code nhacviec.polling-lease.*}, see {@link PollingLeases}).
 *
 * @param ttl        how long a lease lasts without being renewed
 * @param renewEvery how often its holder renews it; shorter than {@code ttl}
 */
@Validated
@ConfigurationProperties("nhacviec.polling-lease")
public record PollingLeaseProperties(@DefaultValue("30s") @NotNull @PositiveDuration Duration ttl,
                                     @DefaultValue("10s") @NotNull @PositiveDuration Duration renewEvery) {

    @AssertTrue(message = "renew-every must be shorter than ttl")
    public boolean isRenewedWithinTtl() {
        return ttl == null || renewEvery == null || renewEvery.compareTo(ttl) < 0;
    }
}
