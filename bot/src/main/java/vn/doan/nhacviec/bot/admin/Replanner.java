package vn.doan.nhacviec.bot.admin;

import org.springframework.stereotype.Component;
import vn.doan.nhacviec.scheduler.planning.OccurrencePlanner;

/**
 * Plans occurrences again after the tree or the catalogue changed, so a new branch or obligation
 * has its items at once. The planner only adds future occurrences; past ones and their status log
 * stay as they are.
 */
@Component
public class Replanner {

    private final OccurrencePlanner planner;

    public Replanner(OccurrencePlanner planner) {
        this.planner = planner;
    }

    public void afterChange() {
        planner.planAhead();
    }
}
