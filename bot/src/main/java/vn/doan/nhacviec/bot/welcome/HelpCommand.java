package vn.doan.nhacviec.bot.welcome;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.upload.ImportSources;

/** Lists the commands this caller may use, from their declarations. */
@Component
class HelpCommand implements BotCommand {

    private final ObjectProvider<CommandRegistry> registry;
    private final ImportSources imports;

    HelpCommand(ObjectProvider<CommandRegistry> registry, ImportSources imports) {
        this.registry = registry;
        this.imports = imports;
    }

    @Override
    public CommandSpec spec() {
        return new CommandSpec("help", java.util.List.of("trogiup"), Access.ANYONE, CommandSpec.Where.ANY, true);
    }

    @Override
    public void handle(CommandContext context) {
        StringBuilder text = new StringBuilder(context.text("help.header"));
        for (BotCommand command : registry.getObject().availableTo(context.caller())) {
            CommandSpec spec = command.spec();
            String usage = context.text(imports.usageKey(context.inbound().channel(), spec.name()));
            String call = usage.isBlank() ? "/" + spec.name() : "/" + spec.name() + " " + usage;
            text.append('\n').append(context.text("help.line", call, context.text("command." + spec.name() + ".description"),
                    String.join(", /", spec.aliases())));
        }
        if (context.caller().isBound()) {
            text.append("\n\n").append(context.text("help.freeText"));
        }
        context.reply(text.toString());
    }
}
