package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.invite.InviteRepository;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.person.Role;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;

/**
 * The «done when» of deciding postponements on Telegram: a commune staff member and a branch
 * secretary join by invite in their private chats; the secretary asks to postpone, the staff member
 * gets the request with three buttons, presses «Đồng ý», and the secretary reads the new deadline.
 */
@BotApplicationTest
@DirtiesContext // its own properties: its own application, closed after it
@TestPropertySource(properties = {
        "TELEGRAM_BOT_TOKEN=" + TelegramPostponeTest.TOKEN,
        "nhacviec.outbox.channels.telegram.overall-per-second=0",
        "nhacviec.outbox.channels.telegram.per-chat-per-second=0",
        "nhacviec.outbox.channels.telegram.per-group-per-minute=0"
})
class TelegramPostponeTest {

    static final String TOKEN = "123456789:AAE-postpone-test-token_012345678";
    static final FakeBotApi api = FakeBotApi.start(TOKEN);

    @DynamicPropertySource
    static void apiUrl(DynamicPropertyRegistry registry) {
        registry.add("TELEGRAM_API_URL", api::baseUrl);
    }

    @AfterAll
    static void stop(@Autowired TelegramPolling polling) {
        polling.destroy();
        api.close();
    }

    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxRepository outboxRows;
    @Autowired
    InviteRepository invites;
    @Autowired
    ChatRepository chats;
    @Autowired
    UnitRepository units;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommuneStaffMemberApprovesWithAButtonAndTheSecretaryReadsTheNewDeadline() {
        dispatcher.drain();
        join(6001, "Cán bộ Hạnh", "tn-tb-tbi", Role.STAFF);
        join(6002, "Bí thư Tâm", "tn-tb-tbi-tk", Role.SECRETARY);
        Chat staff = chats.find("telegram", "6001").orElseThrow();
        Chat secretary = chats.find("telegram", "6002").orElseThrow();

        say(6002, "Bí thư Tâm", "/viec");
        assertThat(say(6002, "Bí thư Tâm", "/hoan 1 20/12")).singleElement().asString().contains("Đã gửi đề nghị hoãn");
        FakeBotApi.Call request = lastSent(staff);
        assertThat(request.param("text")).contains("Chi đoàn ấp Tân Khai xin hoãn", "20/12/2026");
        String keyboard = request.params().path("reply_markup").toString();
        assertThat(keyboard).contains("Đồng ý", "Không đồng ý", "Đề xuất ngày khác").contains("\"callback_data\":\"pp:a:");

        long requestId = jdbc.sql("SELECT id FROM postpone_request WHERE requested_chat_id = ?").param(secretary.id())
                .query(Long.class).single();
        long outboxId = jdbc.sql("SELECT id FROM outbox_message WHERE dedup_key = ?").param("postpone:" + requestId + ":" + staff.id())
                .query(Long.class).single();
        int messageId = Integer.parseInt(outboxRows.platformMessageId(outboxId).orElseThrow());
        api.deliver(Updates.buttonPressed(6001, "Cán bộ Hạnh", 6001, messageId, "pp:a:" + requestId));
        dispatcher.drain();

        assertThat(lastSent(staff).param("text")).contains("Đã đồng ý", "gia hạn đến hết ngày 20/12/2026");
        assertThat(lastSent(secretary).param("text")).contains("Cán bộ Hạnh đã đồng ý", "gia hạn đến hết ngày 20/12/2026");
        assertThat(String.join("\n", say(6002, "Bí thư Tâm", "/viec"))).contains("hết ngày 20/12/2026");
    }

    private void join(long userId, String name, String unitCode, Role role) {
        String code = invites.create(units.findByCode(unitCode).orElseThrow().id(), role, null, Duration.ofDays(1));
        assertThat(say(userId, name, "/start " + code)).anySatisfy(text -> assertThat(text).contains("Chào mừng"));
    }

    private List<String> say(long userId, String name, String text) {
        String chatRef = String.valueOf(userId);
        int before = api.calls("sendMessage", chatRef).size();
        api.deliver(Updates.privateText(userId, name, text));
        dispatcher.drain();
        List<FakeBotApi.Call> sent = api.calls("sendMessage", chatRef);
        return sent.subList(before, sent.size()).stream().map(c -> c.param("text")).toList();
    }

    private FakeBotApi.Call lastSent(Chat chat) {
        List<FakeBotApi.Call> sent = api.calls("sendMessage", chat.chatRef());
        assertThat(sent).isNotEmpty();
        return sent.get(sent.size() - 1);
    }
}
