package vn.doan.nhacviec.bot.postpone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.CapturingSender;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.person.Person;
import vn.doan.nhacviec.data.person.PersonRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;

/** Scratch: prints a conversation. */
@BotApplicationTest
class PostponeDecisionTest {

    @Autowired
    Terminal terminal;
    @Autowired
    PersonRepository people;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void scratch() {
        terminal.flush();
        person("bt-vp", "Chị Lan", "kg-ct-vhh-vp", Role.SECRETARY);
        person("cb-vhh", "Anh Minh", "kg-ct-vhh", Role.STAFF);
        print(terminal.as("bt-vp", "bt-vp", "/viec"));
        print(terminal.as("bt-vp", "bt-vp", "/hoan 1 25/12"));
        print(terminal.as("cb-vhh", "cb-vhh", "1"));
        print(terminal.as("bt-vp", "bt-vp", "/viec"));
    }

    private void print(List<CapturingSender.Sent> sent) {
        for (CapturingSender.Sent s : sent) {
            System.out.println("=== to " + s.chat().chatRef() + ": " + s.message().text() + " " + s.message().choices());
        }
    }

    Person person(String ref, String name, String unitCode, Role role) {
        Person person = people.findOrCreate("console", ref, name, "vi");
        chats.findOrCreate("console", ref, Chat.ChatKind.PRIVATE, null, "vi");
        people.grant(person.id(), units.findByCode(unitCode).orElseThrow().id(), role, null);
        return person;
    }
}
