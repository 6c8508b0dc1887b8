package vn.doan.nhacviec.scheduler.workers;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import vn.doan.nhacviec.data.settings.PositiveDuration;

/** @param checkEvery how often the supervisor looks for a dead worker ({@code nhacviec.workers.check-every}) */
@Validated
@ConfigurationProperties("nhacviec.workers")
public record WorkerProperties(@DefaultValue("15s") @NotNull @PositiveDuration Duration checkEvery) {
}
