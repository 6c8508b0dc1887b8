package vn.doan.nhacviec.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.access.Access;
import vn.doan.nhacviec.bot.admin.AdminFixture.Case;
import vn.doan.nhacviec.bot.admin.AdminFixture.Holder;
import vn.doan.nhacviec.bot.command.BotCommand;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.command.CommandSpec;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Every command of the registry (also those added later), with each of its example arguments, sent
 * by someone holding no role, member, secretary, staff, admin or top admin, about a part of the
 * tree inside and outside their role's subtree. A refusal must say why (not linked, not allowed, or
 * not in charge of that unit) and write nothing; an allowed command must not fail.
 */
@BotApplicationTest
class PermissionMatrixTest {

    /** Who may use a command that needs each kind of access: written out here, not asked of AccessPolicy. */
    static final Map<Access, Set<Holder>> ALLOWED = Map.of(
            Access.ANYONE, EnumSet.allOf(Holder.class),
            Access.BOUND, EnumSet.complementOf(EnumSet.of(Holder.NONE)),
            Access.SECRETARY, EnumSet.of(Holder.SECRETARY, Holder.STAFF, Holder.ADMIN, Holder.TOP_ADMIN),
            Access.STAFF, EnumSet.of(Holder.STAFF, Holder.ADMIN, Holder.TOP_ADMIN),
            Access.ADMIN, EnumSet.of(Holder.ADMIN, Holder.TOP_ADMIN),
            Access.TOP_ADMIN, EnumSet.of(Holder.TOP_ADMIN));

    @Autowired
    CommandRegistry registry;
    @Autowired
    Terminal terminal;
    @Autowired
    Messages messages;
    @Autowired
    UnitRepository units;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    PlanRepository plans;
    @Autowired
    ObligationRepository obligations;
    @Autowired
    JdbcClient jdbc;

    AdminFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AdminFixture(units, people, chats, plans, obligations, jdbc, Path.of("target/matrix-files"));
        terminal.flush();
    }

    @TestFactory
    Stream<DynamicTest> everyCommandForEveryRoleInsideAndOutsideItsSubtree() {
        assertThat(ALLOWED.keySet()).as("every kind of access has a row in the matrix").containsExactlyInAnyOrder(Access.values());
        List<DynamicTest> tests = new ArrayList<>();
        for (BotCommand command : registry.all()) {
            for (String arguments : command.exampleArguments()) {
                for (Holder holder : Holder.values()) {
                    boolean scoped = Case.scoped(arguments);
                    tests.add(test(command, arguments, holder, true));
                    if (scoped && holder != Holder.TOP_ADMIN) {
                        tests.add(test(command, arguments, holder, false));
                    }
                }
            }
        }
        return tests.stream();
    }

    private DynamicTest test(BotCommand command, String arguments, Holder holder, boolean inside) {
        String name = "/" + command.spec().name() + " " + arguments + " as " + holder + (inside ? " inside" : " outside");
        return DynamicTest.dynamicTest(name, () -> check(command, arguments, holder, inside));
    }

    private void check(BotCommand command, String arguments, Holder holder, boolean inside) {
        Case c = fixture.newCase(holder);
        String text = ("/" + command.spec().name() + " " + c.fill(arguments, inside)).strip();
        Map<String, Long> before = fixture.counts();
        List<String> answers = terminal.as(c.userRef(), c.userRef(), text).stream()
                .filter(s -> s.chat().chatRef().equals(c.userRef())).map(CapturingSender.Sent::message).map(m -> m.text()).toList();

        boolean allowed = ALLOWED.get(command.spec().access()).contains(holder);
        if (!allowed) {
            String refusal = vi(holder == Holder.NONE ? "error.notBound" : "error.forbidden");
            assertThat(answers).as(text).containsExactly(refusal);
            assertThat(fixture.counts()).as("%s writes nothing when refused", text).isEqualTo(before);
        } else if (!inside) {
            assertThat(answers).as(text).hasSize(1);
            assertThat(isOutsideScope(answers.get(0), c.outside().names())).as("%s answers %s", text, answers.get(0)).isTrue();
            assertThat(fixture.counts()).as("%s writes nothing when refused", text).isEqualTo(before);
        } else {
            assertThat(answers).as(text).isNotEmpty().doesNotContain(vi("error.internal"), vi("error.forbidden"), vi("error.notBound"));
            assertThat(answers).as(text).noneMatch(a -> isOutsideScope(a, c.inside().names()));
        }
    }

    /**
     * Every command allowed in groups, without arguments naming a unit (so acting on the chat itself),
     * sent by each holder in the group of a unit outside their part of the tree: it changes none of the
     * group's settings, writes nothing and shows none of that unit's other chats.
     */
    @TestFactory
    Stream<DynamicTest> everyCommandInTheGroupOfAnotherUnit() {
        List<DynamicTest> tests = new ArrayList<>();
        for (BotCommand command : registry.all()) {
            if (command.spec().where() == CommandSpec.Where.PRIVATE) {
                continue;
            }
            for (String arguments : command.exampleArguments()) {
                if (Case.scoped(arguments)) {
                    continue;
                }
                for (Holder holder : EnumSet.complementOf(EnumSet.of(Holder.TOP_ADMIN))) {
                    String name = "/" + command.spec().name() + " " + arguments + " as " + holder + " in another unit's group";
                    tests.add(DynamicTest.dynamicTest(name, () -> checkInOtherGroup(command, arguments, holder)));
                }
            }
        }
        return tests.stream();
    }

    private void checkInOtherGroup(BotCommand command, String arguments, Holder holder) {
        Case c = fixture.newCase(holder);
        OtherGroup other = otherGroup(c);
        String text = ("/" + command.spec().name() + " " + arguments).strip();
        Map<String, Long> before = fixture.counts();

        List<String> answers = terminal.inGroup(c.userRef(), other.groupRef(), text).stream()
                .map(CapturingSender.Sent::message).map(m -> m.text()).toList();

        Chat after = chats.findById(other.group().id()).orElseThrow();
        assertThat(after.remindersPaused()).as(text).isEqualTo(other.group().remindersPaused());
        assertThat(after.language()).as(text).isEqualTo(other.group().language());
        assertThat(fixture.counts()).as("%s writes nothing in another unit's group", text).isEqualTo(before);
        assertThat(answers).as(text).noneMatch(a -> a.contains(other.secretRef()));
    }

    /** /tatnhac from the secretary of another branch: refused with the group's unit named, audited, and no chat listed. */
    @Test
    void muteFromAnotherUnitsSecretaryIsRefusedAndAudited() {
        Case c = fixture.newCase(Holder.SECRETARY);
        OtherGroup other = otherGroup(c);

        for (String command : List.of("/tatnhac", "/batnhac", "/ngonngu en")) {
            List<String> answers = terminal.inGroup(c.userRef(), other.groupRef(), command).stream()
                    .map(CapturingSender.Sent::message).map(m -> m.text()).toList();
            assertThat(answers).as(command).containsExactly(vi("error.outsideScope", c.outside().unit().name()));
        }
        Chat group = chats.findById(other.group().id()).orElseThrow();
        assertThat(group.remindersPaused()).isFalse();
        assertThat(group.language()).isEqualTo("vi");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE actor_id = ? AND unit_id = ? AND outcome = 'REFUSED' ORDER BY id")
                .params(c.person().id(), c.outside().unit().id()).query(String.class).list())
                .containsExactly("chat.mute", "chat.unmute", "chat.language");

        // the group's own secretary may: the answer lists who else still receives the unit's reminders
        fixture.holding("own-" + c.userRef(), vn.doan.nhacviec.data.person.Role.SECRETARY, c.outside().unit().code());
        assertThat(terminal.inGroup("own-" + c.userRef(), other.groupRef(), "/tatnhac")).isNotEmpty()
                .allSatisfy(sent -> assertThat(sent.message().text()).doesNotStartWith(vi("error.outsideScope", "")));
        assertThat(chats.findById(other.group().id()).orElseThrow().remindersPaused()).isTrue();
    }

    /** A group bound to the unit outside the case's part of the tree, and a private chat bound there too. */
    private OtherGroup otherGroup(Case c) {
        String groupRef = "group-of-" + c.outside().unit().code();
        Chat group = chats.findOrCreate("console", groupRef, Chat.ChatKind.GROUP, "Nhóm " + groupRef, "vi");
        chats.bind(group.id(), c.outside().unit().id());
        String secretRef = "secret-" + c.outside().unit().code();
        chats.bind(fixture.chat(secretRef).id(), c.outside().unit().id());
        return new OtherGroup(groupRef, chats.findById(group.id()).orElseThrow(), secretRef);
    }

    private record OtherGroup(String groupRef, Chat group, String secretRef) {
    }

    /** "Bạn không phụ trách {0}." with one of the names (and maybe more words) in place of {0}. */
    private boolean isOutsideScope(String answer, List<String> names) {
        String[] around = vi("error.outsideScope", "\u0000").split("\u0000", -1);
        if (!answer.startsWith(around[0]) || !answer.endsWith(around[1])) {
            return false;
        }
        String named = answer.substring(around[0].length(), answer.length() - around[1].length());
        return names.stream().anyMatch(named::startsWith);
    }

    private String vi(String key, Object... args) {
        return messages.get(Messages.VIETNAMESE, key, args);
    }
}
