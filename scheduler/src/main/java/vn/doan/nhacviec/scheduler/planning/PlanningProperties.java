package vn.doan.nhacviec.scheduler.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param horizonDays occurrences are created for periods starting within this many days from today
 */
@ConfigurationProperties("nhacviec.planning")
public record PlanningProperties(Integer horizonDays) {

    public PlanningProperties {
        horizonDays = horizonDays == null ? 45 : horizonDays;
    }
}
