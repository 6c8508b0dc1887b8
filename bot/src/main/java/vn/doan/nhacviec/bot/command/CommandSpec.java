package vn.doan.nhacviec.bot.command;

import java.util.List;
import vn.doan.nhacviec.bot.access.Access;

/**
 * A command, declared once: its Vietnamese name (without diacritics, as Telegram requires), English
 * aliases, who may use it and where. Its description and usage come from the bundles under
 * {@code command.<name>.description} and {@code command.<name>.usage}. {@code /help}, the command
 * menus and the permission checks are all derived from these declarations.
 */
public record CommandSpec(String name, List<String> aliases, Access access, Where where, boolean inMenu) {

    public CommandSpec {
        aliases = List.copyOf(aliases);
    }

    public static CommandSpec of(String name, String alias, Access access) {
        return new CommandSpec(name, List.of(alias), access, Where.ANY, true);
    }

    public CommandSpec privateOnly() {
        return new CommandSpec(name, aliases, access, Where.PRIVATE, inMenu);
    }

    public CommandSpec hidden() {
        return new CommandSpec(name, aliases, access, where, false);
    }

    public boolean answersTo(String commandName) {
        return name.equals(commandName) || aliases.contains(commandName);
    }

    public enum Where { ANY, PRIVATE, GROUP }
}
