package vn.doan.nhacviec.bot.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The terminal demo: gives every branch of the demo tree that has no chat a group chat on the
 * console channel ("Nhóm Chi đoàn …"), so notices reach the branches and the terminal shows them,
 * marked with their recipient. Runs after the demo tree is loaded; binding twice changes nothing.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "nhacviec.demo.enabled", havingValue = "true")
class DemoBranchChats implements ApplicationRunner {

    static final String REF_PREFIX = "demo-";

    private final UnitRepository units;
    private final ChatRepository chats;

    DemoBranchChats(UnitRepository units, ChatRepository chats) {
        this.units = units;
        this.chats = chats;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Unit unit : units.allActive()) {
            if (unit.level() == Level.CHI_DOAN && chats.boundTo(unit.id()).isEmpty()) {
                Chat group = chats.findOrCreate(DemoSetup.CHANNEL, REF_PREFIX + unit.code(), Chat.ChatKind.GROUP, "Nhóm " + unit.name(), "vi");
                chats.bind(group.id(), unit.id());
            }
        }
    }
}
