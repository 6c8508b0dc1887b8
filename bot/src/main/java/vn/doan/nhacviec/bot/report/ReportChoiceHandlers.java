package vn.doan.nhacviec.bot.report;

import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.core.ChoiceHandler;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;

/**
 * The answers offered with a report, each {@code <prefix>:<unit id>[:<period>]} and each checked
 * again against the caller's subtree: {@code rp} drills down into a unit, {@code rx} exports,
 * {@code rc} draws the chart, {@code rl} lists the overdue units (a page of them: {@code rl:<unit id>:<page>}).
 */
@Configuration(proxyBeanMethods = false)
class ReportChoiceHandlers {

    @Bean
    ChoiceHandler drillDown(UnitScope scope, ReportActions actions) {
        return handler(ReportText.DRILL_PREFIX, actions, (caller, unitId, period) ->
                actions.report(caller, scope.byId(caller, unitId, Role.STAFF, ReportActions.VIEW), period));
    }

    @Bean
    ChoiceHandler exportChoice(UnitScope scope, ReportActions actions) {
        return handler(ReportText.EXPORT_PREFIX, actions, (caller, unitId, period) ->
                actions.export(caller, scope.byId(caller, unitId, Role.STAFF, ReportActions.EXPORT), period, true, true));
    }

    @Bean
    ChoiceHandler chartChoice(UnitScope scope, ReportActions actions) {
        return handler(ReportText.CHART_PREFIX, actions, (caller, unitId, period) ->
                actions.chart(caller, scope.byId(caller, unitId, Role.STAFF, ReportActions.CHART), period));
    }

    /** {@code rl:<unit id>[:<page>]}: the report's «late units» answer and the list's «xem tiếp». */
    @Bean
    ChoiceHandler lateChoice(UnitScope scope, ReportActions actions) {
        return ChoiceHandler.of(ReportText.LATE_PREFIX, (caller, value, outboxId) -> {
            String[] parts = value.split(":");
            if (parts[0].matches("\\d{1,18}") && (parts.length == 1 || parts.length == 2 && parts[1].matches("\\d{1,3}"))) {
                int page = parts.length == 2 ? Integer.parseInt(parts[1]) : 1;
                actions.late(caller, scope.byId(caller, Long.parseLong(parts[0]), Role.STAFF, ReportActions.LATE), page);
            }
        });
    }

    private interface Action {
        void run(Caller caller, long unitId, ReportPeriod period);
    }

    private static ChoiceHandler handler(String prefix, ReportActions actions, Action action) {
        return new ChoiceHandler() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public void handle(Caller caller, String value, Long messageOutboxId) {
                String[] parts = value.split(":", 2);
                if (!parts[0].matches("\\d{1,18}")) {
                    return;
                }
                Optional<ReportPeriod> period = ReportPeriod.parse(parts.length == 2 ? parts[1] : "", actions.today());
                period.ifPresent(p -> action.run(caller, Long.parseLong(parts[0]), p));
            }
        };
    }
}
