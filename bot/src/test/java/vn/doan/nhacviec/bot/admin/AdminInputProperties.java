package vn.doan.nhacviec.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.RandomText;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * Whatever anyone sends (any Unicode, very long text, control characters, markup, injection
 * attempts) to any command of the registry or any step of a dialogue, the bot answers without
 * failing, and someone without the rights writes nothing. The shared test application serves all
 * properties (the state they build stays for the class); the inputs come from a fixed seed (printed on failure).
 */
@BotApplicationTest
class AdminInputProperties {

    private static Terminal terminal;
    private static CommandRegistry registry;
    private static AdminFixture fixture;
    private static String internalError;

    static final long SEED = 20261122L;

    private static final String ADMIN = "prop-admin";
    private static final String MEMBER = "prop-member";
    private static final String STRANGER = "prop-stranger";

    @BeforeAll
    static void start(@Autowired ApplicationContext context) {
        terminal = context.getBean(Terminal.class);
        registry = context.getBean(CommandRegistry.class);
        fixture = new AdminFixture(context.getBean(UnitRepository.class), context.getBean(PersonRepository.class),
                context.getBean(ChatRepository.class), context.getBean(PlanRepository.class), context.getBean(ObligationRepository.class),
                context.getBean(JdbcClient.class), Path.of("target/property-files"));
        internalError = context.getBean(Messages.class).get(Messages.VIETNAMESE, "error.internal");
        fixture.holding(ADMIN, Role.ADMIN, "tn");
        fixture.holding(MEMBER, Role.MEMBER, "tn-tb-hh-hb");
        context.getBean(ChatRepository.class).bind(fixture.chat(MEMBER).id(), context.getBean(UnitRepository.class)
                .findByCode("tn-tb-hh-hb").orElseThrow().id());
        fixture.person(STRANGER);
    }

    @Test
    void anyArgumentsToAnyCommandAreAnsweredWithoutFailing() {
        RandomText random = new RandomText(SEED);
        for (int i = 0; i < 400; i++) {
            String message = "/" + command(random) + " " + nasty(random);
            assertAnsweredWithoutFailing(send(ADMIN, message), i, message);
        }
    }

    @Test
    void someoneWithoutRightsWritesNothingWhateverTheySend() {
        RandomText random = new RandomText(SEED + 1);
        for (int i = 0; i < 400; i++) {
            String message = "/" + command(random) + " " + nasty(random);
            Map<String, Long> before = fixture.counts();
            assertAnsweredWithoutFailing(send(random.nextBoolean() ? STRANGER : MEMBER, message), i, message);
            assertThat(fixture.counts()).as(why(i, message)).isEqualTo(before);
        }
    }

    @Test
    void anyTextAtAnyStepOfTheObligationDialogueIsAnsweredWithoutFailing() {
        RandomText random = new RandomText(SEED + 2);
        for (int i = 0; i < 300; i++) {
            int answered = random.between(0, 5);
            boolean editing = random.nextBoolean();
            String text = nasty(random);
            List<String> steps = editing ? List.of("=", "=", "=", "=", "=") : List.of("Báo cáo thử", "chi_doan #bien_gioi", "2", "25", "-");
            assertAnsweredWithoutFailing(send(ADMIN, editing ? "/suanv TN21-SH-CHIDOAN-BIENGIOI" : "/themnv tn-tb"), i, text);
            for (String step : steps.subList(0, answered)) {
                assertAnsweredWithoutFailing(send(ADMIN, step), i, step);
            }
            List<String> answers = send(ADMIN, text);
            send(ADMIN, "/huy");
            assertAnsweredWithoutFailing(answers, i, text);
        }
    }

    @Test
    void anyMessageWithoutACommandIsAnsweredWithoutFailing() {
        RandomText random = new RandomText(SEED + 3);
        for (int i = 0; i < 300; i++) {
            String text = nasty(random);
            boolean stranger = random.nextBoolean();
            Map<String, Long> before = fixture.counts();
            assertAnsweredWithoutFailing(send(stranger ? STRANGER : ADMIN, text), i, text);
            if (stranger) {
                assertThat(fixture.counts()).as(why(i, text)).isEqualTo(before);
            }
        }
    }

    private static String command(RandomText random) {
        return random.oneOf(registry.all().stream()
                .flatMap(c -> Stream.concat(Stream.of(c.spec().name()), c.spec().aliases().stream())).toList());
    }

    private static final List<String> MARKUP = List.of("<b>đậm</b>", "<script>alert(1)</script>", "*đậm* _nghiêng_ `mã` [x](http://x)",
            "${jndi:ldap://x/a}", "'; DROP TABLE unit; --", "\" OR 1=1 --", "../../../etc/passwd", "%s %n %x", "{0} {1} '' {",
            "#1", "#999999999999999999999", "=", "-", "1", "huy", "🎉🇻🇳", "ا ب ت", "a\u0301\u0301\u0301", "\\", "/", "//",
            "tn-tb chi_doan tn Chi đoàn", "01/01-31/03", "29/02", "31/02/2027");
    private static final List<String> FIRST_WORDS = List.of("tn", "tn-tb", "tn-tb-hh", "kg", "tw", "DL-SH-CHIDOAN-THANG", "DIEU-LE",
            "chi_doan", "#1", "bithu", "1");
    private static final String CONTROL_EXTRA = "\u007f\u0085\u2028\u2029\u202e\u200b\ufeff ";

    /** Any Unicode (3 in 11), very long text (1), control characters (2), markup and injections (2), after a likely word (3). */
    private static String nasty(RandomText random) {
        int pick = random.between(0, 10);
        if (pick < 3) {
            return random.anyUnicode(0, 80);
        }
        if (pick < 4) {
            return random.anyUnicode(1500, 4000);
        }
        if (pick < 6) {
            return random.ofChars('\u0000', '\u001f', CONTROL_EXTRA, 30);
        }
        if (pick < 8) {
            return random.oneOf(MARKUP);
        }
        String rest = switch (random.between(0, 2)) {
            case 0 -> random.anyUnicode(0, 80);
            case 1 -> random.ofChars('\u0000', '\u001f', CONTROL_EXTRA, 30);
            default -> random.oneOf(MARKUP);
        };
        return random.oneOf(FIRST_WORDS) + " " + rest;
    }

    private static String why(int caseNumber, String text) {
        return "seed " + SEED + ", case " + caseNumber + ": «" + (text.length() > 200 ? text.substring(0, 200) + "…" : text) + "»";
    }

    private static List<String> send(String user, String text) {
        return terminal.as(user, user, text).stream().filter(s -> s.chat().chatRef().equals(user))
                .map(CapturingSender.Sent::message).map(m -> m.text()).toList();
    }

    private static void assertAnsweredWithoutFailing(List<String> answers, int caseNumber, String text) {
        assertThat(answers).as("every message gets an answer: " + why(caseNumber, text)).isNotEmpty().doesNotContain(internalError);
    }
}
