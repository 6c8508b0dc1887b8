package vn.doan.nhacviec.bot.upload;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.files.ReceivedFiles;
import vn.doan.nhacviec.bot.files.UploadProperties;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.core.Outgoing;
import vn.doan.nhacviec.bot.dialog.DialogStep;
import vn.doan.nhacviec.bot.dialog.Dialogs;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.dialog.DialogStateRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * Feeds a received document to {@code /nhapdv} or {@code /nhapnv}: the document's caption is the
 * command, or the command was sent just before without a file and waits (as a dialogue step) for
 * the next message. The person's rights are checked before anything is downloaded; the file is
 * downloaded into the uploads folder within the import's limit, read by the command as if its path
 * had been typed, and deleted afterwards. A waiting import also takes the CSV/YAML pasted as the
 * next message (how Zalo, which delivers no documents, imports).
 */
@Component
public class DocumentImports implements DialogStep {

    static final String KIND = "upload.import";
    /** What each import reads, by command name, and the most it reads. */
    private static final Map<String, String> EXTENSIONS = Map.of("nhapdv", "csv", "nhapnv", "yml");
    private static final long OBLIGATIONS_MAX_BYTES = 1_000_000;
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\\s.*)?$", Pattern.DOTALL);
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");

    /** The import waiting for its file. */
    public record Waiting(String command) {
    }

    private final ObjectProvider<CommandRegistry> registry;
    private final AccessPolicy access;
    private final DialogStateRepository states;
    private final Dialogs dialogs;
    private final ReceivedFiles received;
    private final ImportSources sources;
    private final UnitScope scope;
    private final Messages messages;
    private final Outgoing outgoing;
    private final long maxBytes;

    DocumentImports(ObjectProvider<CommandRegistry> registry, AccessPolicy access, DialogStateRepository states, Dialogs dialogs,
                    ReceivedFiles received, ImportSources sources, UnitScope scope, Messages messages, Outgoing outgoing,
                    UploadProperties uploads) {
        this.registry = registry;
        this.access = access;
        this.states = states;
        this.dialogs = dialogs;
        this.received = received;
        this.sources = sources;
        this.scope = scope;
        this.messages = messages;
        this.outgoing = outgoing;
        this.maxBytes = uploads.maxBytes();
    }

    /** True (and handled) when the document is for an import: by its caption, or because one waits for it. */
    boolean receive(Caller caller, Inbound in) {
        Optional<BotCommand> command = importIn(in.text());
        if (command.isEmpty()) {
            command = waiting(caller).flatMap(this::importNamed);
        }
        if (command.isEmpty()) {
            return false;
        }
        CommandSpec spec = command.get().spec();
        if (!access.mayUse(spec.access(), caller)) {
            scope.auditRefusal(caller, null, "command." + spec.name(), "needs " + spec.access() + " (document)");
            reply(caller, caller.isBound() ? "error.forbidden" : "error.notBound");
            return true;
        }
        if (spec.where() == CommandSpec.Where.PRIVATE && in.isGroup()) {
            reply(caller, "error.privateOnly", "/" + spec.name());
            return true;
        }
        dialogs.end(caller);
        Path folder = sources.uploads().resolve("doc-" + HexFormat.of().formatHex(ImportSources.random()));
        Path file = received.receive(in, folder, safeName(in.file().fileName(), EXTENSIONS.get(spec.name())), limitOf(spec.name()));
        try {
            command.get().handle(new CommandContext(caller, in, spec.name(), file.toString(), messages, outgoing));
        } finally {
            ReceivedFiles.deleteQuietly(file);
            ReceivedFiles.deleteQuietly(folder);
        }
        return true;
    }

    @Override
    public String kindPrefix() {
        return KIND;
    }

    /** The message after a bare {@code /nhapdv}: pasted lines are imported; a single line is read as usual. */
    @Override
    public boolean next(Caller caller, String kind, String payload, String text) {
        dialogs.end(caller);
        if (text.indexOf('\n') < 0) {
            return false;
        }
        Optional<BotCommand> command = importNamed(dialogs.read(payload, Waiting.class).command());
        if (command.isEmpty() || !access.mayUse(command.get().spec().access(), caller)) {
            return false;
        }
        Chat chat = caller.chat();
        Inbound typed = new Inbound(chat.channel(), chat.chatRef(), chat.kind(), chat.title(), null, caller.person().displayName(), null,
                text, null, null, true);
        command.get().handle(new CommandContext(caller, typed, command.get().spec().name(), text, messages, outgoing));
        return true;
    }

    private long limitOf(String command) {
        return command.equals("nhapnv") ? Math.min(maxBytes, OBLIGATIONS_MAX_BYTES) : maxBytes;
    }

    private Optional<String> waiting(Caller caller) {
        return states.find(caller.chat().id(), caller.person().id())
                .filter(state -> state.kind().equals(KIND))
                .map(state -> dialogs.read(state.payload(), Waiting.class).command());
    }

    private Optional<BotCommand> importIn(String caption) {
        if (caption == null) {
            return Optional.empty();
        }
        Matcher matcher = COMMAND.matcher(caption.strip());
        return matcher.matches() ? importNamed(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private Optional<BotCommand> importNamed(String name) {
        return registry.getObject().find(name).filter(c -> EXTENSIONS.containsKey(c.spec().name()));
    }

    /** The sender's file name without anything that could leave the folder, with the import's extension when it has none. */
    static String safeName(String fileName, String extension) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String name = UNSAFE.matcher(base).replaceAll("_").replaceAll("^[._]+", "");
        if (name.isEmpty()) {
            name = "tep";
        }
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.contains(".") ? name : name + "." + extension;
    }

    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }
}
