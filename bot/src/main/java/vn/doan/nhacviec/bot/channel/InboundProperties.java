package vn.doan.nhacviec.bot.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How inbound messages are handled ({@code nhacviec.inbound.*}).
 *
 * @param threads            messages of different chats handled at once (default 8); 0 handles each on the
 *                           thread that received it, one after the other
 * @param workingNoticeAfter a message still being handled after this long gets «đang xử lý…» first
 *                           (default 2 s; 0 sends none)
 */
@ConfigurationProperties("nhacviec.inbound")
public record InboundProperties(Integer threads, Duration workingNoticeAfter) {

    public InboundProperties {
        threads = threads == null || threads < 0 ? 8 : threads;
        workingNoticeAfter = workingNoticeAfter == null || workingNoticeAfter.isNegative() ? Duration.ofSeconds(2) : workingNoticeAfter;
    }
}
