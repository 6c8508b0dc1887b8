package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.node.ObjectNode;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;

/** Updates read the way the library reads them from the wire (JSON), not hand-built objects. */
class UpdateTranslatorTest {

    private static final BotIdentity BOT = new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME);

    @Nested
    class InGroups {

        @Test
        void aCommandForThisBotLosesTheSuffix() {
            Inbound in = message(Updates.groupText(-10, "Chi đoàn", 5, "An", "/ma@NhacViec_Test_Bot abc")).orElseThrow();
            assertThat(in.text()).isEqualTo("/ma abc");
            assertThat(in.addressedToBot()).isTrue();
            assertThat(in.chatKind()).isEqualTo(ChatKind.GROUP);
            assertThat(in.chatTitle()).isEqualTo("Chi đoàn");
        }

        @Test
        void aCommandForAnotherBotIsIgnored() {
            assertThat(message(Updates.groupText(-10, "Chi đoàn", 5, "An", "/help@other_bot"))).isEmpty();
        }

        @Test
        void plainTalkIsNotAddressedToTheBotButAMentionIs() {
            assertThat(message(Updates.groupText(-10, "Chi đoàn", 5, "An", "tối nay họp")).orElseThrow().addressedToBot()).isFalse();
            Inbound mention = message(Updates.groupText(-10, "Chi đoàn", 5, "An", "@nhacviec_test_bot xong rồi")).orElseThrow();
            assertThat(mention.addressedToBot()).isTrue();
            assertThat(mention.text()).isEqualTo("xong rồi");
            assertThat(message(Updates.groupText(-10, "Chi đoàn", 5, "An", "@nhacviec_test_bot_fan xin chào")).orElseThrow()
                    .addressedToBot()).isFalse();
        }

        @Test
        void aReplyToTheBotIsAddressedToIt() {
            ObjectNode update = Updates.groupText(-10, "Chi đoàn", 5, "An", "xong");
            ObjectNode replied = ((ObjectNode) update.get("message")).putObject("reply_to_message");
            replied.put("message_id", 77).put("date", 1).set("chat", update.get("message").get("chat"));
            replied.putObject("from").put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Bot");
            Inbound in = message(update).orElseThrow();
            assertThat(in.addressedToBot()).isTrue();
            assertThat(in.replyToPlatformMessageId()).isEqualTo("77");
        }
    }

    @Test
    void aPhotoArrivesWithoutTextAndABotsMessageNotAtAll() {
        Inbound photo = message(Updates.privatePhoto(5, "An")).orElseThrow();
        assertThat(photo.text()).isEmpty();
        ObjectNode fromBot = Updates.privateText(5, "An", "hi");
        ((ObjectNode) fromBot.get("message").get("from")).put("is_bot", true);
        assertThat(message(fromBot)).isEmpty();
    }

    @Test
    void aButtonPressCarriesItsDataAndTheMessageItWasOn() {
        Inbound in = UpdateTranslator.fromCallback(read(Updates.buttonPressed(5, "An", 5, 42, "a:D")).getCallbackQuery()).orElseThrow();
        assertThat(in.choiceData()).isEqualTo("a:D");
        assertThat(in.replyToPlatformMessageId()).isEqualTo("42");
        assertThat(in.chatRef()).isEqualTo("5");
        assertThat(in.text()).isNull();
    }

    private static java.util.Optional<Inbound> message(ObjectNode update) {
        return UpdateTranslator.fromMessage(read(update).getMessage(), BOT);
    }

    private static Update read(ObjectNode update) {
        try {
            return new ObjectMapper().readValue(update.put("update_id", 1).toString(), Update.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
