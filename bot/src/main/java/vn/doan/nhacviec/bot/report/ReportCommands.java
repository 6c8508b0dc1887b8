package vn.doan.nhacviec.bot.report;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.UnitAndPage;
import vn.doan.nhacviec.bot.core.UserError;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.Unit;

/**
 * The staff report commands, private chats only: {@code /baocao [unit] [period]},
 * {@code /tre [unit] [page]}, {@code /xuat [unit] [period] [csv|excel]}, {@code /bieudo [unit] [period]}.
 * The unit defaults to the caller's own subtree and must lie inside it.
 */
@Configuration(proxyBeanMethods = false)
class ReportCommands {

    @Bean
    BotCommand reportCommand(UnitScope scope, ReportActions actions) {
        return command(new CommandSpec("baocao", List.of("report"), Access.STAFF, CommandSpec.Where.PRIVATE, true), context -> {
            ReportRequest request = ReportRequest.parse(context.args(), actions.today());
            actions.report(context.caller(), scope.namedOrTop(context.caller(), request.unitCode(), Role.STAFF, ReportActions.VIEW), request.period());
        });
    }

    @Bean
    BotCommand lateCommand(UnitScope scope, ReportActions actions) {
        return command(new CommandSpec("tre", List.of("late"), Access.STAFF, CommandSpec.Where.PRIVATE, true), context -> {
            UnitAndPage args = UnitAndPage.of(context.args());
            if (args.unitCode().contains(" ")) {
                throw new UserError("late.usage");
            }
            actions.late(context.caller(), scope.namedOrTop(context.caller(), args.unitCode(), Role.STAFF, ReportActions.LATE), args.page());
        });
    }

    @Bean
    BotCommand exportCommand(UnitScope scope, ReportActions actions) {
        return command(new CommandSpec("xuat", List.of("export"), Access.STAFF, CommandSpec.Where.PRIVATE, true), context -> {
            ReportRequest request = ReportRequest.parse(context.args(), actions.today());
            Unit unit = scope.namedOrTop(context.caller(), request.unitCode(), Role.STAFF, ReportActions.EXPORT);
            actions.export(context.caller(), unit, request.period(), request.csv(), request.excel());
        });
    }

    @Bean
    BotCommand chartCommand(UnitScope scope, ReportActions actions) {
        return command(new CommandSpec("bieudo", List.of("chart"), Access.STAFF, CommandSpec.Where.PRIVATE, true), context -> {
            ReportRequest request = ReportRequest.parse(context.args(), actions.today());
            actions.chart(context.caller(), scope.namedOrTop(context.caller(), request.unitCode(), Role.STAFF, ReportActions.CHART), request.period());
        });
    }

    private interface Action {
        void run(CommandContext context);
    }

    private static BotCommand command(CommandSpec spec, Action action) {
        return new BotCommand() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public void handle(CommandContext context) {
                action.run(context);
            }
        };
    }
}
