package vn.doan.nhacviec.scheduler.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.db.GroupCommit;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;

/** The outbox as Spring assembles it: properties bound, dispatcher started with the context. */
class OutboxWiringTest {

    @TempDir
    Path dir;

    @Test
    void theApplicationSendsThroughTheOutbox() {
        new ApplicationContextRunner()
                .withBean(DataSource.class, () -> TestDatabase.dataSource(dir))
                .withUserConfiguration(Infrastructure.class)
                .withPropertyValues(
                        "nhacviec.outbox.channels.telegram.overall-per-second=25",
                        "nhacviec.outbox.channels.sms.per-chat-per-second=2",
                        "nhacviec.outbox.retry.max-attempts=3",
                        "nhacviec.outbox.batch-size=10",
                        "nhacviec.outbox.idle-poll=1h")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    OutboxProperties properties = context.getBean(OutboxProperties.class);
                    assertThat(properties.limitsOf("telegram"))
                            .isEqualTo(new OutboxProperties.ChannelLimits(25, 1, 20));
                    assertThat(properties.limitsOf("zalo")).isEqualTo(OutboxProperties.ZALO);
                    assertThat(properties.limitsOf("console")).isEqualTo(OutboxProperties.ChannelLimits.UNLIMITED);
                    assertThat(properties.limitsOf("sms")).isEqualTo(new OutboxProperties.ChannelLimits(0, 2, 0));
                    assertThat(properties.retry().maxAttempts()).isEqualTo(3);
                    assertThat(properties.retry().base()).isEqualTo(OutboxProperties.defaults().retry().base());
                    assertThat(properties.batchSize()).isEqualTo(10);
                    assertThat(context.getBean(OutboxDispatcher.class).isRunning()).isTrue();

                    Chat chat = context.getBean(ChatRepository.class)
                            .findOrCreate("console", "local", Chat.ChatKind.PRIVATE, null, "vi");
                    context.getBean(Outbox.class).reply(chat.id(), OutgoingMessage.text("xin chào"));

                    RecordingSender sender = context.getBean(RecordingSender.class);
                    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                    while (sender.delivered().isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(10);
                    }
                    assertThat(sender.delivered()).as("woken at once, not at the next poll an hour later")
                            .containsExactly("xin chào");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @Import({OutboxRepository.class, ChatRepository.class, OutboxConfiguration.class, OutboxDispatcher.class,
            Outbox.class})
    static class Infrastructure {

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        JdbcClient jdbcClient(JdbcTemplate jdbcTemplate) {
            return JdbcClient.create(jdbcTemplate);
        }

        @Bean
        TransactionTemplate transactionTemplate(DataSource dataSource) {
            return new TransactionTemplate(new JdbcTransactionManager(dataSource));
        }

        @Bean(destroyMethod = "close")
        GroupCommit groupCommit(TransactionTemplate transactions) {
            return GroupCommit.on(transactions.getTransactionManager());
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        RecordingSender consoleSender(Clock clock) {
            return new RecordingSender("console", clock);
        }
    }
}
