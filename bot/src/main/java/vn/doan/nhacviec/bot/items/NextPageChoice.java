package vn.doan.nhacviec.bot.items;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.core.ChoiceHandler;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** «xem tiếp» on a list of open items ({@code pg:<unit>:<page>}): the next page, with the rights checked again. */
@Configuration(proxyBeanMethods = false)
class NextPageChoice {

    @Bean
    ChoiceHandler nextPageOfOpenItems(OpenItemsView view, UnitRepository units, UnitScope resolver) {
        return ChoiceHandler.of(OpenItemsView.NEXT_PAGE_PREFIX, (caller, value, outboxId) -> {
            String[] parts = value.split(":");
            if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,3}")) {
                units.findById(Long.parseLong(parts[0])).ifPresent(unit ->
                        view.show(caller, resolver.resolve(caller, unit.code(), Role.MEMBER, "items.open"), Integer.parseInt(parts[1])));
            }
        });
    }
}
