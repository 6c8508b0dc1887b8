package vn.doan.nhacviec.bot.items;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.UnitResolver;
import vn.doan.nhacviec.data.person.Role;

/**
 * {@code /viec [đơn vị] [trang]}: what is open for a unit (my own by default), a page at a time; see
 * {@link OpenItemsView}.
 */
@Component
class OpenItemsCommand implements BotCommand {

    /** «», «tn», «tn 2», «2»: a unit code and a page, each optional. */
    private static final Pattern UNIT_AND_PAGE = Pattern.compile("^(?:(\\S*[^\\d\\s]\\S*)\\s*)?(\\d{1,3})?$");

    private final UnitResolver resolver;
    private final OpenItemsView view;

    OpenItemsCommand(UnitResolver resolver, OpenItemsView view) {
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
        Matcher unitAndPage = UNIT_AND_PAGE.matcher(context.args().strip());
        String unitCode = unitAndPage.matches() ? (unitAndPage.group(1) == null ? "" : unitAndPage.group(1)) : context.args();
        int page = unitAndPage.matches() && unitAndPage.group(2) != null ? Integer.parseInt(unitAndPage.group(2)) : 1;
        view.show(context.caller(), resolver.resolve(context.caller(), unitCode, Role.MEMBER), page);
    }
}
