package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.zalo.api.BotInfo;
import vn.doan.nhacviec.bot.zalo.api.ZaloChat;
import vn.doan.nhacviec.bot.zalo.api.ZaloMessage;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;
import vn.doan.nhacviec.bot.zalo.api.ZaloUser;
import vn.doan.nhacviec.data.chat.Chat.ChatKind;

class ZaloInboundMapperTest {

    private final GroupChoices groupChoices = mock(GroupChoices.class);
    private final BotIdentity identity = new BotIdentity();
    private final ZaloInboundMapper mapper = new ZaloInboundMapper(identity, groupChoices);

    {
        identity.learned(new BotInfo("7777", "bot.nhacviec", "Nhắc việc Đoàn", "BASIC", true));
    }

    @Test
    void aPrivateTextIsForTheBot() {
        Inbound in = mapper.toInbound(update("message.text.received", "PRIVATE", "xong")).orElseThrow();
        assertThat(in.channel()).isEqualTo("zalo");
        assertThat(in.chatKind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(in.text()).isEqualTo("xong");
        assertThat(in.userName()).isEqualTo("Chị Lan");
        assertThat(in.addressedToBot()).isTrue();
    }

    @Test
    void aPrivateStickerIsAMessageWithoutText() {
        assertThat(mapper.toInbound(update("message.sticker.received", "PRIVATE", null))).hasValueSatisfying(in -> assertThat(in.text()).isNull());
        assertThat(mapper.toInbound(update("message.image.received", "PRIVATE", "caption"))).hasValueSatisfying(in -> assertThat(in.text()).isNull());
    }

    @Test
    void inAGroupChatterIsNotForTheBot() {
        assertThat(mapper.toInbound(update("message.text.received", "GROUP", "mai họp nhé"))).isEmpty();
        assertThat(mapper.toInbound(update("message.sticker.received", "GROUP", null))).isEmpty();
        assertThat(mapper.toInbound(update("message.text.received", "GROUP", "2"))).as("no choices open").isEmpty();
    }

    @Test
    void inAGroupCommandsMentionsAndAnswersToOpenChoicesAreForTheBot() {
        assertThat(mapper.toInbound(update("message.text.received", "GROUP", "/viec"))).hasValueSatisfying(in -> {
            assertThat(in.chatKind()).isEqualTo(ChatKind.GROUP);
            assertThat(in.chatRef()).isEqualTo("g1");
        });
        assertThat(mapper.toInbound(update("message.text.received", "GROUP", "@nhắc việc đoàn đã họp 20/11")))
                .hasValueSatisfying(in -> assertThat(in.text()).isEqualTo("đã họp 20/11"));
        assertThat(mapper.toInbound(update("message.text.received", "GROUP", "@Nhắc việc Đoàn")))
                .hasValueSatisfying(in -> assertThat(in.text()).isEqualTo("/start"));
        when(groupChoices.openIn("g1")).thenReturn(true);
        assertThat(mapper.toInbound(update("message.text.received", "GROUP", " 2 "))).isPresent();
    }

    @Test
    void eventsWithoutAMessageOrFromABotAreIgnored() {
        assertThat(mapper.toInbound(new ZaloUpdate("bot.added", null))).isEmpty();
        ZaloMessage fromBot = new ZaloMessage("m1", 1L, "hi", new ZaloUser("b", "Other bot", true), new ZaloChat("c1", "PRIVATE"));
        assertThat(mapper.toInbound(new ZaloUpdate("message.text.received", fromBot))).isEmpty();
    }

    private static ZaloUpdate update(String event, String chatType, String text) {
        String chatId = chatType.equals("GROUP") ? "g1" : "u1";
        return new ZaloUpdate(event, new ZaloMessage("m1", 1L, text, new ZaloUser("u1", "Chị Lan", false), new ZaloChat(chatId, chatType)));
    }
}
