package vn.doan.nhacviec.bot.command;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.core.Caller;

/** Every declared command, found by any of its names. */
@Component
public class CommandRegistry {

    private final List<BotCommand> commands;
    private final Map<String, BotCommand> byName = new HashMap<>();
    private final AccessPolicy access;

    public CommandRegistry(List<BotCommand> commands, AccessPolicy access) {
        this.commands = commands.stream().sorted(java.util.Comparator.comparing(c -> c.spec().name())).toList();
        this.access = access;
        for (BotCommand command : this.commands) {
            register(command.spec().name(), command);
            command.spec().aliases().forEach(alias -> register(alias, command));
        }
    }

    private void register(String name, BotCommand command) {
        BotCommand previous = byName.put(name, command);
        if (previous != null) {
            throw new IllegalStateException("Two commands answer to /" + name);
        }
    }

    public Optional<BotCommand> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<BotCommand> all() {
        return commands;
    }

    /** The commands this caller may use, in menu order. */
    public List<BotCommand> availableTo(Caller caller) {
        return commands.stream().filter(c -> c.spec().inMenu() && access.mayUse(c.spec().access(), caller)).toList();
    }
}
