package vn.doan.nhacviec.bot.admin.obligation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.command.BotCommand;

/** {@code /tamdungnv <code>} and {@code /tieptucnv <code>}. */
@Configuration(proxyBeanMethods = false)
class PauseCommands {

    @Bean
    BotCommand pauseObligationCommand(ObligationScope scope, ObligationChanges changes) {
        return new SetPausedCommand("tamdungnv", "pauseobligation", true, scope, changes);
    }

    @Bean
    BotCommand resumeObligationCommand(ObligationScope scope, ObligationChanges changes) {
        return new SetPausedCommand("tieptucnv", "resumeobligation", false, scope, changes);
    }
}
