package vn.doan.nhacviec.scheduler.planning;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param horizonDays  occurrences are created for periods starting within this many days from today
 * @param lookBackDays a unit or obligation that is new (a new database too) also gets the latest
 *                     period whose deadline fell within this many days, open and so overdue
 */
@ConfigurationProperties("nhacviec.planning")
public record PlanningProperties(Integer horizonDays, Integer lookBackDays) {

    public PlanningProperties {
        horizonDays = horizonDays == null ? 45 : horizonDays;
        lookBackDays = lookBackDays == null ? 60 : lookBackDays;
        if (lookBackDays < 0) {
            throw new IllegalArgumentException("nhacviec.planning.look-back-days must be 0 or more");
        }
    }
}
