package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;
import tools.jackson.databind.node.ObjectNode;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;

/** Photos and documents as the conversation sees them: the caption as the text, the file by its reference. */
class UpdateTranslatorFilesTest {

    private static final BotIdentity BOT = new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME);

    @Test
    void aPhotosCaptionIsItsTextAndTheLargestSizeIsTheFile() {
        Inbound in = message(Updates.privatePhoto(5, "An", "p1", 50_000, "đã họp 20/11")).orElseThrow();
        assertThat(in.text()).isEqualTo("đã họp 20/11");
        assertThat(in.file()).isEqualTo(new InboundFile(InboundFile.Kind.PHOTO, "p1", null, "image/jpeg", 50_000L));
    }

    @Test
    void aPhotoOverTheDownloadLimitIsTakenAtTheLargestSizeUnderIt() {
        Inbound in = message(Updates.privatePhoto(5, "An", "p2", UpdateTranslator.DOWNLOAD_LIMIT + 1, null)).orElseThrow();
        assertThat(in.text()).isEmpty();
        assertThat(in.file().platformRef()).isEqualTo("p2-m");
    }

    @Test
    void aDocumentKeepsItsNameTypeAndSizeAndACommandInTheCaptionIsReadLikeATypedOne() {
        Inbound in = message(Updates.privateDocument(5, "An", "d1", "don-vi.csv", "text/csv", 321, "/nhapdv@" + FakeBotApi.BOT_USERNAME))
                .orElseThrow();
        assertThat(in.text()).isEqualTo("/nhapdv");
        assertThat(in.file()).isEqualTo(new InboundFile(InboundFile.Kind.DOCUMENT, "d1", "don-vi.csv", "text/csv", 321L));
        assertThat(message(Updates.privateDocument(5, "An", "d2", "x.csv", "text/csv", 1, "/nhapdv@another_bot"))).isEmpty();
    }

    @Test
    void inAGroupAPhotoIsForTheBotOnlyWhenItsCaptionMentionsIt() {
        ObjectNode mentioned = Updates.privatePhoto(5, "An", "p3", 1_000, "@" + FakeBotApi.BOT_USERNAME + " xong");
        ((ObjectNode) mentioned.get("message")).putObject("chat").put("id", -100L).put("type", "group").put("title", "Chi đoàn");
        Inbound in = message(mentioned).orElseThrow();
        assertThat(in.addressedToBot()).isTrue();
        assertThat(in.text()).isEqualTo("xong");
        assertThat(in.file().platformRef()).isEqualTo("p3");

        ObjectNode talk = Updates.privatePhoto(5, "An", "p4", 1_000, "ảnh đẹp quá");
        ((ObjectNode) talk.get("message")).putObject("chat").put("id", -100L).put("type", "group").put("title", "Chi đoàn");
        assertThat(message(talk).orElseThrow().addressedToBot()).isFalse();
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
