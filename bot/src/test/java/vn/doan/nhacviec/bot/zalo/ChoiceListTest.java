package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Choice;

class ChoiceListTest {

    private final ChoiceList choices = new ChoiceList(new Messages(bundles()));

    @Test
    void shortLabelsShareOneLine() {
        assertThat(choices.render(Messages.VIETNAMESE, List.of(new Choice("✅ Xong", "a:D"), new Choice("⏳ Chưa làm", "a:N"))))
                .isEqualTo("Trả lời bằng số: 1. ✅ Xong  2. ⏳ Chưa làm");
    }

    @Test
    void longLabelsGetALineEachAndAreNotNumberedTwice() {
        assertThat(choices.render(Locale.ENGLISH, List.of(
                new Choice("1. Sinh hoạt chi đoàn ít nhất 3 tháng/lần", "pick:11"),
                new Choice("2. Họp Ban Chấp hành chi đoàn hằng tháng", "pick:12"))))
                .isEqualTo("Reply with a number:\n1. Sinh hoạt chi đoàn ít nhất 3 tháng/lần\n2. Họp Ban Chấp hành chi đoàn hằng tháng");
    }

    @Test
    void inAGroupTheChoicesAreOfferedWithTheMentionTheBotNeeds() {
        Locale zaloGroup = Messages.locale("vi", "zalo", vn.doan.nhacviec.data.chat.Chat.ChatKind.GROUP);
        assertThat(choices.render(zaloGroup, List.of(new Choice("👍 Đã nhận", "ack:7"))))
                .isEqualTo("Trả lời bằng cách nhắc đến bot kèm số (ví dụ «@bot 1»): 1. 👍 Đã nhận");
    }

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
