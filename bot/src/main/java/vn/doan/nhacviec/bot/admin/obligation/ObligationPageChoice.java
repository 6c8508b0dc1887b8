package vn.doan.nhacviec.bot.admin.obligation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.core.ChoiceHandler;
import vn.doan.nhacviec.data.catalog.PlanRepository;

/** «xem tiếp» on a plan's obligations ({@code nvp:<plan id>:<page>}): for anyone bound to a unit, as {@code /nghiavu} is. */
@Configuration(proxyBeanMethods = false)
class ObligationPageChoice {

    @Bean
    ChoiceHandler nextPageOfObligations(ObligationPages pages, PlanRepository plans) {
        return ChoiceHandler.of(ObligationPages.NEXT_PAGE_PREFIX, (caller, value, outboxId) -> {
            String[] parts = value.split(":");
            if (caller.isBound() && parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,3}")) {
                plans.findById(Long.parseLong(parts[0])).ifPresent(plan -> pages.show(caller, plan, Integer.parseInt(parts[1])));
            }
        });
    }
}
