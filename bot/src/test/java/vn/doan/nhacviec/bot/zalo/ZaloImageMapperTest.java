package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;
import vn.doan.nhacviec.bot.zalo.api.BotInfo;
import vn.doan.nhacviec.bot.zalo.api.ZaloChat;
import vn.doan.nhacviec.bot.zalo.api.ZaloMessage;
import vn.doan.nhacviec.bot.zalo.api.ZaloUpdate;
import vn.doan.nhacviec.bot.zalo.api.ZaloUser;

/** An image event: its caption is the text, its URL (under {@code photo} or {@code photo_url}) the file. */
class ZaloImageMapperTest {

    private final BotIdentity identity = new BotIdentity();
    private final ZaloInboundMapper mapper = new ZaloInboundMapper(identity, mock(GroupChoices.class));

    {
        identity.learned(new BotInfo("7777", "bot.nhacviec", "Nhắc việc Đoàn", "BASIC", true));
    }

    @Test
    void aPrivateImageCarriesItsCaptionAndUrlUnderEitherName() {
        Inbound documented = mapper.toInbound(image("PRIVATE", "https://f.zdn.vn/a.jpg", null, "xong")).orElseThrow();
        assertThat(documented.text()).isEqualTo("xong");
        assertThat(documented.file()).isEqualTo(new InboundFile(InboundFile.Kind.PHOTO, "https://f.zdn.vn/a.jpg", null, null, null));

        Inbound other = mapper.toInbound(image("PRIVATE", null, "https://f.zdn.vn/b.jpg", null)).orElseThrow();
        assertThat(other.text()).isNull();
        assertThat(other.file().platformRef()).isEqualTo("https://f.zdn.vn/b.jpg");
    }

    @Test
    void inAGroupAnImageIsForTheBotOnlyWhenItsCaptionMentionsIt() {
        Inbound in = mapper.toInbound(image("GROUP", "https://f.zdn.vn/c.jpg", null, "@Nhắc việc Đoàn đã họp")).orElseThrow();
        assertThat(in.text()).isEqualTo("đã họp");
        assertThat(in.file().platformRef()).isEqualTo("https://f.zdn.vn/c.jpg");
        assertThat(mapper.toInbound(image("GROUP", "https://f.zdn.vn/d.jpg", null, "ảnh đẹp"))).isEmpty();
        assertThat(mapper.toInbound(image("GROUP", "https://f.zdn.vn/e.jpg", null, null))).isEmpty();
    }

    private static ZaloUpdate image(String chatType, String photo, String photoUrl, String caption) {
        return new ZaloUpdate(ZaloUpdate.IMAGE_RECEIVED, new ZaloMessage("m1", 1L, null, new ZaloUser("u1", "Chị Lan", false),
                new ZaloChat(chatType.equals("GROUP") ? "g1" : "u1", chatType), photo, photoUrl, caption));
    }
}
