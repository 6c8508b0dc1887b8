package vn.doan.nhacviec.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.Caller;
import vn.doan.nhacviec.bot.answer.AnswerService;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.CommandSuggestions;
import vn.doan.nhacviec.bot.dialog.DialogRouter;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.onboarding.LooseInviteCode;
import vn.doan.nhacviec.bot.reply.ParsedStatus;
import vn.doan.nhacviec.bot.reply.StatusTextParser;
import vn.doan.nhacviec.data.audit.AuditLog;
import vn.doan.nhacviec.data.dialog.DialogStateRepository;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.OfferedChoices;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.data.status.StatusEntry;

/**
 * The single entry point of every channel: one inbound message in, answers out through the
 * outbox. Decides what the message is (a command, a chosen answer, the next step of a dialogue, a
 * number standing for a choice, or a free-text status reply) and hands it to the one place that
 * handles it. Bad input gets a clear message and writes nothing.
 */
@Service
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$", Pattern.DOTALL);
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,3})\\s*$");
    private static final Pattern ITEM_THEN_TEXT = Pattern.compile("^\\s*(\\d{1,2})[.)]?\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Duration CHOICE_MEMORY = Duration.ofDays(3);
    public static final int MAX_TEXT = 2000;

    private final CallerResolver callers;
    private final CommandRegistry commands;
    private final AccessPolicy access;
    private final List<ChoiceHandler> choiceHandlers;
    private final AnswerService answers;
    private final StatusTextParser parser;
    private final DialogStateRepository dialogs;
    private final OfferedChoices offeredChoices;
    private final MessageItemRepository messageItems;
    private final Messages messages;
    private final Outgoing outgoing;
    private final UserRateLimiter rateLimiter;
    private final AuditLog audit;
    private final DialogRouter dialogRouter;
    private final Clock clock;
    private final PresserReplies presserReplies;
    private final LooseInviteCode looseInviteCode;
    private final CommandSuggestions commandSuggestions;

    public ConversationService(CallerResolver callers, CommandRegistry commands, AccessPolicy access,
                               List<ChoiceHandler> choiceHandlers, AnswerService answers, StatusTextParser parser,
                               DialogStateRepository dialogs, OfferedChoices offeredChoices, MessageItemRepository messageItems,
                               Messages messages, Outgoing outgoing, UserRateLimiter rateLimiter, AuditLog audit,
                               DialogRouter dialogRouter, Clock clock,
                               PresserReplies presserReplies, LooseInviteCode looseInviteCode, CommandSuggestions commandSuggestions) {
        this.callers = callers;
        this.commands = commands;
        this.access = access;
        this.choiceHandlers = choiceHandlers;
        long prefixes = choiceHandlers.stream().map(ChoiceHandler::prefix).distinct().count();
        if (prefixes != choiceHandlers.size()) {
            throw new IllegalStateException("Two choice handlers share a prefix: "
                    + choiceHandlers.stream().map(ChoiceHandler::prefix).sorted().toList());
        }
        this.answers = answers;
        this.parser = parser;
        this.dialogs = dialogs;
        this.offeredChoices = offeredChoices;
        this.messageItems = messageItems;
        this.messages = messages;
        this.outgoing = outgoing;
        this.rateLimiter = rateLimiter;
        this.audit = audit;
        this.dialogRouter = dialogRouter;
        this.clock = clock;
        this.presserReplies = presserReplies;
        this.looseInviteCode = looseInviteCode;
        this.commandSuggestions = commandSuggestions;
    }

    public void handle(Inbound in) {
        if (in.isGroup() && !in.addressedToBot()) {
            return;
        }
        Caller caller = callers.resolve(in);
        try {
            if (!rateLimiter.tryAcquire(in.channel(), in.userRef())) {
                reply(caller, "error.rateLimited");
                return;
            }
            if (in.text() != null && in.text().length() > MAX_TEXT) {
                reply(caller, "error.tooLong", MAX_TEXT);
                return;
            }
            route(caller, in);
        } catch (UserError e) {
            if (e.isRefusal()) {
                audit.refused(caller.person().id(), null, "command", e.key() + " " + firstWord(in.text()));
            }
            presserReplies.reply(caller, in, messages.get(caller.locale(), e.key(), e.args()));
        } catch (RuntimeException e) {
            // neither the text nor the exception's message (it may quote the text): where it failed is enough
            log.error("Failed to handle a message on {} ({} at {})", in.channel(), e.getClass().getName(), where(e));
            reply(caller, "error.internal");
        }
    }

    private void route(Caller caller, Inbound in) {
        if (in.isChoice()) {
            choose(caller, in.choiceData(), contextOf(caller, in));
            return;
        }
        String text = in.text() == null ? "" : in.text().strip();
        if (text.isEmpty()) {
            reply(caller, "error.textOnly");
            return;
        }
        if (dialogRouter.cancelIfAsked(caller, text)) {
            return;
        }
        Matcher command = COMMAND.matcher(text);
        if (command.matches()) {
            runCommand(caller, in, command.group(1).toLowerCase(Locale.ROOT), command.group(3) == null ? "" : command.group(3).strip());
            return;
        }
        if (text.startsWith("/")) {
            commandSuggestions.replyUnknown(caller, text.split("\\s", 2)[0]);
            return;
        }
        if (!caller.isBound() && looseInviteCode.redeemIfCode(caller, in, text)) {
            return;
        }
        if (!caller.isBound()) {
            reply(caller, AccessPolicy.notBoundKey(caller));
            return;
        }
        Optional<DialogStateRepository.DialogState> dialog = dialogs.find(caller.chat().id(), caller.person().id());
        if (dialog.isPresent() && dialogRouter.continueDialog(caller, dialog.get(), text)) {
            return;
        }
        if (dialog.isPresent() && answers.continueDialog(caller, dialog.get().kind(), dialog.get().payload(), text, parseForDialog(text, caller))) {
            return;
        }
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            chooseByNumber(caller, Integer.parseInt(numbered.group(1)));
            return;
        }
        freeText(caller, in, text);
    }

    private void runCommand(Caller caller, Inbound in, String name, String args) {
        Optional<BotCommand> found = commands.find(name);
        if (found.isEmpty()) {
            commandSuggestions.replyUnknown(caller, "/" + name);
            return;
        }
        CommandSpec spec = found.get().spec();
        if (!access.mayUse(spec.access(), caller)) {
            audit.refused(caller.person().id(), null, "command." + spec.name(), "needs " + spec.access());
            reply(caller, caller.isBound() ? "error.forbidden" : AccessPolicy.notBoundKey(caller));
            return;
        }
        if (spec.where() == CommandSpec.Where.PRIVATE && in.isGroup()) {
            reply(caller, "error.privateOnly", "/" + spec.name());
            return;
        }
        dialogs.clear(caller.chat().id(), caller.person().id());
        found.get().handle(new CommandContext(caller, in, name, args, messages, outgoing));
    }

    private void chooseByNumber(Caller caller, int number) {
        Optional<OfferedChoices.Offer> offer = offeredChoices.latest(caller.chat().id(), clock.millis() - CHOICE_MEMORY.toMillis());
        Optional<String> data = offer.flatMap(o -> o.choice(number));
        if (data.isEmpty()) {
            reply(caller, "error.noSuchChoice", number);
            return;
        }
        choose(caller, data.get(), offer.get().outboxId());
    }

    private void choose(Caller caller, String data, Long messageOutboxId) {
        int colon = data.indexOf(':');
        String prefix = colon < 0 ? data : data.substring(0, colon);
        String value = colon < 0 ? "" : data.substring(colon + 1);
        Optional<ChoiceHandler> handler = choiceHandlers.stream().filter(h -> h.prefix().equals(prefix)).findFirst();
        if (handler.isEmpty()) {
            throw new UserError("error.expiredChoice");
        }
        handler.get().handle(caller, value, messageOutboxId);
    }

    private void freeText(Caller caller, Inbound in, String text) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        Long context = contextOf(caller, in);
        Integer itemNumber = null;
        String statusText = text;
        Matcher itemThenText = ITEM_THEN_TEXT.matcher(text);
        if (itemThenText.matches()) {
            itemNumber = Integer.parseInt(itemThenText.group(1));
            statusText = itemThenText.group(2);
        }
        Optional<ParsedStatus> parsed = parser.parse(statusText, today);
        if (parsed.isEmpty() && itemNumber != null) {
            parsed = parser.parse(text, today);
            itemNumber = null;
        }
        if (parsed.isEmpty()) {
            reply(caller, "error.notUnderstood");
            return;
        }
        List<Occurrence> targets = answers.candidates(caller, context);
        if (itemNumber != null) {
            if (itemNumber < 1 || itemNumber > targets.size()) {
                reply(caller, "error.noSuchItem", itemNumber);
                return;
            }
            targets = List.of(targets.get(itemNumber - 1));
        }
        answers.answer(caller, targets, toEntry(parsed.get()), text);
    }

    private Optional<StatusEntry> parseForDialog(String text, Caller caller) {
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
        Optional<ParsedStatus> parsed = parser.parse(text, today);
        if (parsed.isEmpty() || (parsed.get().postponeTo() == null && parsed.get().doneOn() == null)) {
            // a bare date answers "to which day?": read it the way a postponement is read
            parsed = parser.parse("hoãn đến " + text, today).filter(p -> p.postponeTo() != null);
        }
        return parsed.map(ConversationService::toEntry);
    }

    /** The message a reply or button refers to, as an outbox id. */
    private Long contextOf(Caller caller, Inbound in) {
        if (in.replyToPlatformMessageId() == null) {
            return null;
        }
        return messageItems.byPlatformId(caller.chat().id(), in.replyToPlatformMessageId()).orElse(null);
    }

    /** The frame that threw and the project's frames that led there. */
    private static String where(RuntimeException e) {
        StackTraceElement[] frames = e.getStackTrace();
        return java.util.stream.Stream.concat(java.util.Arrays.stream(frames).limit(1),
                        java.util.Arrays.stream(frames).skip(1).filter(f -> f.getClassName().startsWith("vn.doan.")).limit(8))
                .map(StackTraceElement::toString)
                .collect(java.util.stream.Collectors.joining(" < "));
    }

    private static String firstWord(String text) {
        return text == null ? "" : text.strip().split("\\s", 2)[0];
    }

    static StatusEntry toEntry(ParsedStatus parsed) {
        return new StatusEntry(parsed.meaning(), parsed.quantity(), parsed.total(), parsed.doneOn(), parsed.postponeTo(), parsed.note());
    }

    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }
}
