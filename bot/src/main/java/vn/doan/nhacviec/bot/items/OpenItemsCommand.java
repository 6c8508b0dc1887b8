package vn.doan.nhacviec.bot.items;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.UnitAndPage;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;

/**
 * {@code /viec [đơn vị] [trang]}: what is open for a unit (my own by default), a page at a time; see
 * {@link OpenItemsView}.
 */
@Component
class OpenItemsCommand implements BotCommand {

    private final UnitScope resolver;
    private final OpenItemsView view;

    OpenItemsCommand(UnitScope resolver, OpenItemsView view) {
        this.resolver = resolver;
        this.view = view;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of("viec", "open", Access.BOUND);
    }

    @Override
    public List<String> exampleArguments() {
        return List.of("{unit}");
    }

    @Override
    public void handle(CommandContext context) {
        UnitAndPage args = UnitAndPage.of(context.args());
        view.show(context.caller(), resolver.resolve(context.caller(), args.unitCode(), Role.MEMBER, "items.open"), args.page());
    }
}
