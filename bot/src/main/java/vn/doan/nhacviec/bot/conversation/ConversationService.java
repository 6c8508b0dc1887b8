package vn.doan.nhacviec.bot.conversation;

import vn.doan.nhacviec.bot.core.TextClaim;

import vn.doan.nhacviec.bot.core.ChoiceHandler;

import vn.doan.nhacviec.bot.core.Outgoing;

import vn.doan.nhacviec.bot.core.UserError;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;
import org.slf4j.Logger;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doan.nhacviec.bot.health.InboundMetrics;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.access.UnitScope;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.answer.FreeTextAnswers;
import vn.doan.nhacviec.bot.answer.NumberedItems;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandContext;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.command.CommandSuggestions;
import vn.doan.nhacviec.bot.dialog.DialogRouter;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.onboarding.LooseInviteCode;
import vn.doan.nhacviec.bot.upload.AttachmentIntake;
import vn.doan.nhacviec.data.db.DatabaseBusy;
import vn.doan.nhacviec.data.dialog.DialogStateRepository;
import vn.doan.nhacviec.data.outbox.MessageItemRepository;
import vn.doan.nhacviec.data.outbox.NumberedMessages;
import vn.doan.nhacviec.data.outbox.NumberedMessages.Numbered;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/**
 * The single entry point of every channel: one inbound message in, answers out through the
 * outbox. Decides what the message is and hands it to the one place that handles it, in this order:
 * a chosen option (a button), a photo or document ({@link AttachmentIntake}; a caption reads on as text), a cancel word, a command, the next step of a waiting dialogue, a
 * number shown in the chat («2», «2 xong»: see {@link NumberedMessages}), text a feature claims
 * ({@link TextClaim}: «đã nhận» after a notice), or else an answer about items. Bad input gets a
 * clear message and writes nothing.
 */
@Service
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);
    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]+))?(?:\\s+(.*))?$", Pattern.DOTALL);
    /** «2», «2 xong», «2. hoãn đến 5/12»: a number shown in the chat, maybe with an answer. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})(?:[.)]?\\s+(\\S.*))?$", Pattern.DOTALL);
    public static final int MAX_TEXT = 2000;

    private final CallerResolver callers;
    private final CommandRegistry commands;
    private final AccessPolicy access;
    private final List<ChoiceHandler> choiceHandlers;
    private final List<TextClaim> textClaims;
    private final NumberedMessages numberedMessages;
    private final NumberedItems numberedItems;
    private final FreeTextAnswers freeText;
    private final DialogStateRepository dialogs;
    private final MessageItemRepository messageItems;
    private final Messages messages;
    private final Outgoing outgoing;
    private final UserRateLimiter rateLimiter;
    private final UnitScope scope;
    private final DialogRouter dialogRouter;
    private final AttachmentIntake attachments;
    private final Clock clock;
    private final PresserReplies presserReplies;
    private final LooseInviteCode looseInviteCode;
    private final CommandSuggestions commandSuggestions;
    private volatile InboundMetrics inboundMetrics;
    private final WorkingNotice workingNotice;

    public ConversationService(CallerResolver callers, CommandRegistry commands, AccessPolicy access,
                               List<ChoiceHandler> choiceHandlers, List<TextClaim> textClaims, NumberedMessages numberedMessages,
                               NumberedItems numberedItems, FreeTextAnswers freeText, DialogStateRepository dialogs,
                               MessageItemRepository messageItems, Messages messages, Outgoing outgoing,
                               UserRateLimiter rateLimiter, UnitScope scope, DialogRouter dialogRouter, AttachmentIntake attachments,
                               Clock clock, PresserReplies presserReplies, LooseInviteCode looseInviteCode,
                               CommandSuggestions commandSuggestions, WorkingNotice workingNotice) {
        this.workingNotice = workingNotice;
        this.callers = callers;
        this.commands = commands;
        this.access = access;
        this.choiceHandlers = choiceHandlers;
        long prefixes = choiceHandlers.stream().map(ChoiceHandler::prefix).distinct().count();
        if (prefixes != choiceHandlers.size()) {
            throw new IllegalStateException("Two choice handlers share a prefix: "
                    + choiceHandlers.stream().map(ChoiceHandler::prefix).sorted().toList());
        }
        this.textClaims = textClaims;
        this.numberedMessages = numberedMessages;
        this.numberedItems = numberedItems;
        this.freeText = freeText;
        this.dialogs = dialogs;
        this.messageItems = messageItems;
        this.messages = messages;
        this.outgoing = outgoing;
        this.rateLimiter = rateLimiter;
        this.scope = scope;
        this.dialogRouter = dialogRouter;
        this.attachments = attachments;
        this.clock = clock;
        this.presserReplies = presserReplies;
        this.looseInviteCode = looseInviteCode;
        this.commandSuggestions = commandSuggestions;
    }

    /** Counted and timed per channel ({@code nhacviec.inbound.messages}). */
    public void handle(Inbound in) {
        long started = System.nanoTime();
        try {
            try {
                handleMessage(in, false);
            } catch (RuntimeException e) {
                if (!DatabaseBusy.is(e)) {
                    throw e;
                }
                // another writer held the database too long (a long import on SQLite): the work was rolled back, try once more
                log.warn("The database was busy handling a message on {}; trying once more", in.channel());
                handleMessage(in, true);
            }
        } finally {
            InboundMetrics metrics = inboundMetrics;
            if (metrics != null) {
                metrics.handled(in.channel(), Duration.ofNanos(System.nanoTime() - started));
            }
        }
    }

    @Autowired(required = false)
    void setInboundMetrics(InboundMetrics metrics) {
        this.inboundMetrics = metrics;
    }

    /** On the first try a busy database is thrown for {@link #handle} to try again; on the last the person is told. */
    private void handleMessage(Inbound in, boolean lastTry) {
        if (in.isGroup() && !in.addressedToBot()) {
            return;
        }
        if (!lastTry && !rateLimiter.tryAcquire(in.channel(), in.userRef())) {
            // before resolving, so a dropped message writes no row; the chat is known from the accepted ones
            if (rateLimiter.shouldWarn(in.channel(), in.userRef())) {
                callers.existing(in).ifPresent(caller -> reply(caller, "error.rateLimited"));
            }
            return;
        }
        Caller caller = callers.resolve(in);
        try (WorkingNotice.Watch slow = workingNotice.watch(caller)) {
            if (in.text() != null && in.text().length() > MAX_TEXT) {
                reply(caller, "error.tooLong", MAX_TEXT);
                return;
            }
            route(caller, in);
        } catch (UserError e) {
            // a refusal was audited where it was decided, with the unit and the action
            presserReplies.reply(caller, in, messages.get(caller.locale(), e.key(), e.args()));
        } catch (RuntimeException e) {
            if (!lastTry && DatabaseBusy.is(e)) {
                throw e;
            }
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
        if (attachments.intake(caller, in)) {
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
        Long answered = contextOf(caller, in);
        Matcher numbered = NUMBERED.matcher(text);
        if (numbered.matches()) {
            number(caller, Integer.parseInt(numbered.group(1)), numbered.group(2), answered);
            return;
        }
        for (TextClaim claim : textClaims) {
            if (claim.claim(caller, text, answered)) {
                return;
            }
        }
        freeText.answer(caller, text, answered);
    }

    private void runCommand(Caller caller, Inbound in, String name, String args) {
        Optional<BotCommand> found = commands.find(name);
        if (found.isEmpty()) {
            commandSuggestions.replyUnknown(caller, "/" + name);
            return;
        }
        CommandSpec spec = found.get().spec();
        if (!access.mayUse(spec.access(), caller)) {
            UserError refusal = scope.refused(caller, null, "command." + spec.name(), "needs " + spec.access(),
                    caller.isBound() ? "error.forbidden" : AccessPolicy.notBoundKey(caller));
            reply(caller, refusal.key());
            return;
        }
        if (spec.where() == CommandSpec.Where.PRIVATE && in.isGroup()) {
            reply(caller, "error.privateOnly", "/" + spec.name());
            return;
        }
        dialogs.clear(caller.chat().id(), caller.person().id());
        found.get().handle(new CommandContext(caller, in, name, args, messages, outgoing));
    }

    /**
     * A number typed («2», «2 xong»): it means what it meant on the message replied to, else on the
     * latest message in the chat that showed numbers: an item there, or an option.
     */
    private void number(Caller caller, int number, String text, Long answered) {
        long chatId = caller.chat().id();
        Optional<Numbered> shown = Optional.ofNullable(answered).flatMap(id -> numberedMessages.find(chatId, id))
                .or(() -> numberedMessages.latest(chatId, clock.millis() - NumberedMessages.REMEMBERED_FOR.toMillis()));
        if (shown.isEmpty()) {
            reply(caller, "error.noNumbersShown", number);
            return;
        }
        if (shown.get().numbers() == NumberedMessages.Numbers.ITEMS) {
            numberedItems.typed(caller, shown.get(), number, text);
            return;
        }
        if (text != null) {
            reply(caller, "error.optionsTakeOnlyANumber", shown.get().optionCount());
            return;
        }
        Optional<String> option = shown.get().option(number);
        if (option.isEmpty()) {
            reply(caller, "error.noSuchOption", number, shown.get().optionCount());
            return;
        }
        choose(caller, option.get(), shown.get().outboxId());
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


    private void reply(Caller caller, String key, Object... args) {
        outgoing.send(caller.chat(), OutgoingMessage.text(messages.get(caller.locale(), key, args)));
    }
}
