package vn.doan.nhacviec.bot.channel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How inbound messages are handled ({@code nhacviec.inbound.*}).
 *
 * @param threads            messages of different chats handled at once; 0 handles each on the
 *                           thread that received it, one after the other
 * @param workingNoticeAfter a message still being handled after this long gets «đang xử lý…» first (0 sends none)
 */
@Validated
@ConfigurationProperties("nhacviec.inbound")
public record InboundProperties(@DefaultValue("8") @PositiveOrZero int threads,
                                @DefaultValue("2s") @NotNull Duration workingNoticeAfter) {

    public InboundProperties {
        if (workingNoticeAfter != null && workingNoticeAfter.isNegative()) {
            throw new IllegalArgumentException("working-notice-after must not be negative (0 sends no notice)");
        }
    }
}
