package vn.doan.nhacviec.scheduler.planning;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param horizonDays  occurrences are created for periods starting within this many days from today
 * @param lookBackDays a unit or obligation that is new (a new database too) also gets the latest
 *                     period whose deadline fell within this many days, open and so overdue
 */
@Validated
@ConfigurationProperties("nhacviec.planning")
public record PlanningProperties(@DefaultValue("45") @Positive int horizonDays, @DefaultValue("60") @PositiveOrZero int lookBackDays) {
}
