package vn.doan.nhacviec.bot.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.telegram.telegrambots.meta.api.methods.commands.DeleteMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllPrivateChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeChat;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.doan.nhacviec.bot.access.AccessPolicy;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.person.RoleAssignment;
import vn.doan.nhacviec.data.person.RolesChanged;

/**
 * The command menus Telegram shows, derived from the command declarations: one for private chats
 * and one for groups, in Vietnamese (the default) and English. Staff and admin commands appear
 * only in the private chats of the people who may use them, through chat-scoped menus published
 * at start for those who have the role, and changed when someone gets or loses a staff or admin
 * role ({@link RolesChanged}), not checked again on every message.
 */
@Component
@ConditionalOnTelegram
class CommandMenus implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CommandMenus.class);
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9_]{1,32}");
    private static final int MAX_COMMANDS = 100;
    private static final int MAX_DESCRIPTION = 256;
    /** The menu of every chat without its own lists the secretaries' commands: they get no menu of their own. */
    private static final Role EVERYBODY = Role.SECRETARY;
    /** Vietnamese is the menu of every language without its own; English is published for clients set to English. */
    private static final Map<String, Locale> LANGUAGES = Map.of("", Messages.VIETNAMESE, "en", Locale.ENGLISH);

    private final CommandRegistry registry;
    private final Messages messages;
    private final TelegramClient client;
    private final PersonRepository people;
    private final TokenMask mask;
    /** The menu level each private chat shows in this process: STAFF or ADMIN, absent for the ordinary menu. */
    private final Map<String, Role> shown = new ConcurrentHashMap<>();
    /**
     * Role changes are applied here, in order: after a commit the transaction's connection still holds
     * SQLite's writer turn until the commit's listeners return, so no Bot API call may be made there.
     */
    private final ExecutorService roleChanges = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "telegram-menus");
        thread.setDaemon(true);
        return thread;
    });

    CommandMenus(CommandRegistry registry, Messages messages, TelegramClient client, PersonRepository people, TokenMask mask) {
        this.registry = registry;
        this.messages = messages;
        this.client = client;
        this.people = people;
        this.mask = mask;
    }

    void publishDefaults() {
        LANGUAGES.forEach((code, locale) -> {
            publish(BotCommandScopeAllPrivateChats.builder().build(), code, commands(locale, EVERYBODY, CommandSpec.Where.GROUP));
            publish(BotCommandScopeAllGroupChats.builder().build(), code, commands(locale, EVERYBODY, CommandSpec.Where.PRIVATE));
        });
    }

    void publishStaffMenus() {
        people.userRefsHolding(UpdateTranslator.CHANNEL, Role.STAFF).forEach(this::refreshStaffMenu);
    }

    /**
     * A staff or admin role granted or revoked changes the person's menu in each of their Telegram chats.
     * It is published even if this process already shows that level: another instance may have shown
     * something else since. A secretary's or member's role leaves the menu as it is: a bulk grant of
     * those costs nothing here.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void on(RolesChanged change) {
        if (!change.role().atLeast(Role.STAFF)) {
            return;
        }
        roleChanges.execute(() -> {
            try {
                Role level = staffLevel(change.personId());
                people.identities(change.personId()).stream().filter(identity -> UpdateTranslator.CHANNEL.equals(identity[0]))
                        .forEach(identity -> show(identity[1], level));
            } catch (RuntimeException e) {
                log.warn("Could not change the Telegram menu of person #{}: {}", change.personId(), mask.mask(e.toString()));
            }
        });
    }

    /** Gives this user's private chat the menu of their highest role, if that changed. */
    void refreshStaffMenu(String userRef) {
        Role level = staffLevel(userRef);
        if (level == shown.get(userRef)) {
            return;
        }
        show(userRef, level);
    }

    private void show(String userRef, Role level) {
        BotCommandScope scope = BotCommandScopeChat.builder().chatId(userRef).build();
        if (level == null) {
            LANGUAGES.keySet().forEach(code -> call(DeleteMyCommands.builder().scope(scope).languageCode(code.isEmpty() ? null : code).build()));
            shown.remove(userRef);
            return;
        }
        LANGUAGES.forEach((code, locale) -> publish(scope, code, commands(locale, level, CommandSpec.Where.GROUP)));
        shown.put(userRef, level);
    }

    private Role staffLevel(String userRef) {
        return people.findByIdentity(UpdateTranslator.CHANNEL, userRef).map(person -> staffLevel(person.id())).orElse(null);
    }

    /** The person's highest role if it is staff or admin, else null (the ordinary menu). */
    private Role staffLevel(long personId) {
        return people.activeRoles(personId).stream().map(RoleAssignment::role)
                .filter(role -> role.atLeast(Role.STAFF)).min(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** Menu changes already asked for are made (briefly waited for) before the Telegram client goes. */
    @Override
    public void destroy() throws InterruptedException {
        roleChanges.shutdown();
        if (!roleChanges.awaitTermination(5, TimeUnit.SECONDS)) {
            roleChanges.shutdownNow();
        }
    }

    private List<org.telegram.telegrambots.meta.api.objects.commands.BotCommand> commands(Locale locale, Role level, CommandSpec.Where notIn) {
        return registry.all().stream()
                .map(BotCommand::spec)
                .filter(spec -> spec.inMenu() && spec.where() != notIn && AccessPolicy.listedFor(spec.access(), level) && VALID_NAME.matcher(spec.name()).matches())
                .limit(MAX_COMMANDS)
                .map(spec -> new org.telegram.telegrambots.meta.api.objects.commands.BotCommand(spec.name(), description(locale, spec)))
                .toList();
    }

    private String description(Locale locale, CommandSpec spec) {
        String text;
        try {
            text = messages.get(locale, "command." + spec.name() + ".description");
        } catch (NoSuchMessageException e) {
            text = "/" + spec.name();
        }
        return text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION - 1) + "…" : text;
    }

    private void publish(BotCommandScope scope, String languageCode,
                         List<org.telegram.telegrambots.meta.api.objects.commands.BotCommand> commands) {
        call(SetMyCommands.builder().scope(scope).languageCode(languageCode.isEmpty() ? null : languageCode).commands(commands).build());
    }

    private void call(org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod<Boolean> method) {
        try {
            client.execute(method);
        } catch (TelegramApiException e) {
            // a menu is a convenience: commands work without it
            log.warn("Could not publish a Telegram command menu ({}): {}", method.getMethod(), mask.mask(e.toString()));
        }
    }
}
