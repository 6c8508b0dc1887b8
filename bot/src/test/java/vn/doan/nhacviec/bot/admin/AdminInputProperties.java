package vn.doan.nhacviec.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.NhacViecApplication;
import vn.doan.nhacviec.bot.command.CommandRegistry;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.bot.support.CapturingSender;
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
 * failing, and someone without the rights writes nothing. The application runs once for all
 * properties (jqwik has no Spring extension here), on its own database.
 */
class AdminInputProperties {

    private static ConfigurableApplicationContext context;
    private static Terminal terminal;
    private static CommandRegistry registry;
    private static AdminFixture fixture;
    private static String internalError;

    private static final String ADMIN = "prop-admin";
    private static final String MEMBER = "prop-member";
    private static final String STRANGER = "prop-stranger";

    @BeforeContainer
    static void start() {
        context = new SpringApplicationBuilder(NhacViecApplication.class, BotTestConfiguration.class).run(
                "--spring.config.import=optional:file:../config/application.yml",
                "--nhacviec.catalog.dir=../config/catalog",
                "--nhacviec.demo.units=../config/demo/units.csv",
                "--nhacviec.demo.enabled=true",
                "--nhacviec.console.enabled=false",
                "--nhacviec.outbox.auto-start=false",
                "--nhacviec.database.data-dir=target/test-db/" + UUID.randomUUID(),
                "--nhacviec.safety.commands-per-minute=100000000",
                "--logging.file.name=",
                "--logging.level.root=WARN");
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

    @AfterContainer
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Property(tries = 400)
    void anyArgumentsToAnyCommandAreAnsweredWithoutFailing(@ForAll("commands") String command, @ForAll("nasty") String arguments) {
        assertAnsweredWithoutFailing(send(ADMIN, "/" + command + " " + arguments));
    }

    @Property(tries = 400)
    void someoneWithoutRightsWritesNothingWhateverTheySend(@ForAll("commands") String command, @ForAll("nasty") String arguments,
                                                          @ForAll boolean stranger) {
        Map<String, Long> before = fixture.counts();
        assertAnsweredWithoutFailing(send(stranger ? STRANGER : MEMBER, "/" + command + " " + arguments));
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Property(tries = 300)
    void anyTextAtAnyStepOfTheObligationDialogueIsAnsweredWithoutFailing(@ForAll @IntRange(min = 0, max = 5) int answered,
                                                                         @ForAll boolean editing, @ForAll("nasty") String text) {
        List<String> steps = editing ? List.of("=", "=", "=", "=", "=") : List.of("Báo cáo thử", "chi_doan #bien_gioi", "2", "25", "-");
        assertAnsweredWithoutFailing(send(ADMIN, editing ? "/suanv TN21-SH-CHIDOAN-BIENGIOI" : "/themnv tn-tb"));
        for (String step : steps.subList(0, answered)) {
            assertAnsweredWithoutFailing(send(ADMIN, step));
        }
        List<String> answers = send(ADMIN, text);
        send(ADMIN, "/huy");
        assertAnsweredWithoutFailing(answers);
    }

    @Property(tries = 300)
    void anyMessageWithoutACommandIsAnsweredWithoutFailing(@ForAll("nasty") String text, @ForAll boolean stranger) {
        Map<String, Long> before = fixture.counts();
        assertAnsweredWithoutFailing(send(stranger ? STRANGER : ADMIN, text));
        if (stranger) {
            assertThat(fixture.counts()).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.of(registry.all().stream()
                .flatMap(c -> Stream.concat(Stream.of(c.spec().name()), c.spec().aliases().stream())).toList());
    }

    @Provide
    Arbitrary<String> nasty() {
        Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(80);
        Arbitrary<String> veryLong = Arbitraries.strings().all().ofMinLength(1500).ofMaxLength(4000);
        Arbitrary<String> control = Arbitraries.strings().withCharRange('\u0000', '\u001f')
                .withChars('\u007f', '\u0085', '\u2028', '\u2029', '\u202e', '\u200b', '\ufeff', ' ').ofMaxLength(30);
        Arbitrary<String> markup = Arbitraries.of("<b>đậm</b>", "<script>alert(1)</script>", "*đậm* _nghiêng_ `mã` [x](http://x)",
                "${jndi:ldap://x/a}", "'; DROP TABLE unit; --", "\" OR 1=1 --", "../../../etc/passwd", "%s %n %x", "{0} {1} '' {",
                "#1", "#999999999999999999999", "=", "-", "1", "huy", "🎉🇻🇳", "ا ب ت", "a\u0301\u0301\u0301", "\\", "/", "//",
                "tn-tb chi_doan tn Chi đoàn", "01/01-31/03", "29/02", "31/02/2027");
        Arbitrary<String> afterAWord = Combinators.combine(
                Arbitraries.of("tn", "tn-tb", "tn-tb-hh", "kg", "tw", "DL-SH-CHIDOAN-THANG", "DIEU-LE", "chi_doan", "#1", "bithu", "1"),
                Arbitraries.oneOf(anyUnicode, control, markup)).as((word, rest) -> word + " " + rest);
        return Arbitraries.frequencyOf(Tuple.of(3, anyUnicode), Tuple.of(1, veryLong), Tuple.of(2, control), Tuple.of(2, markup),
                Tuple.of(3, afterAWord));
    }

    private static List<String> send(String user, String text) {
        return terminal.as(user, user, text).stream().filter(s -> s.chat().chatRef().equals(user))
                .map(CapturingSender.Sent::message).map(m -> m.text()).toList();
    }

    private static void assertAnsweredWithoutFailing(List<String> answers) {
        assertThat(answers).as("every message gets an answer").isNotEmpty().doesNotContain(internalError);
    }
}
