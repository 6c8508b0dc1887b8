package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doan.nhacviec.bot.core.Caller;
import vn.doan.nhacviec.bot.channel.InboundProperties;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.person.Person;

/** «Đang xử lý…» goes out for a message still being handled after the delay, and never for a quick one. */
class WorkingNoticeTest {

    private final LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final Chat chat = new Chat(1, "telegram", "42", Chat.ChatKind.PRIVATE, null, "vi", true, false);
    private final Caller caller = new Caller(new Person(1, "Lan", "vi"), chat, List.of(), List.of(), Locale.forLanguageTag("vi"));
    private WorkingNotice notice;

    @AfterEach
    void tearDown() {
        notice.destroy();
    }

    @Test
    void aSlowMessageGetsTheNoticeOnce() throws InterruptedException {
        notice = notice(Duration.ofMillis(20));

        try (WorkingNotice.Watch watch = notice.watch(caller)) {
            assertThat(sent.poll(10, TimeUnit.SECONDS)).as("sent while the work goes on").startsWith("Đang xử lý");
        }

        assertThat(sent.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aQuickMessageGetsNoNotice() throws InterruptedException {
        notice = notice(Duration.ofSeconds(30));

        notice.watch(caller).close();

        assertThat(sent.poll(100, TimeUnit.MILLISECONDS)).isNull();
    }

    private WorkingNotice notice(Duration after) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new WorkingNotice(new InboundProperties(2, after), new Messages(source),
                (to, message) -> {
                    sent.add(message.text());
                    return 1L;
                });
    }
}
