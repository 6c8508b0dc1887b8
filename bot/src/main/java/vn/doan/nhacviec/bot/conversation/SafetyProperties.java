package vn.doan.nhacviec.bot.conversation;

import jakarta.validation.constraints.Positive;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What protects the bot from a flood ({@code nhacviec.safety.*}).
 *
 * @param commandsPerMinute       messages one user may send per minute on a messenger
 * @param rateLimitExemptChannels channels whose users are not limited (the terminal's user sits at the machine)
 */
@Validated
@ConfigurationProperties("nhacviec.safety")
public record SafetyProperties(@DefaultValue("20") @Positive int commandsPerMinute,
                               @DefaultValue("console") Set<String> rateLimitExemptChannels) {
}
