package vn.doan.nhacviec.bot.support;

import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.doan.nhacviec.data.MutableClock;

/** The test application: a clock tests control (22/11/2026, 10:00 in Vietnam) and a capturing console channel. */
@TestConfiguration(proxyBeanMethods = false)
public class BotTestConfiguration {

    public static final Instant START = Instant.parse("2026-11-22T03:00:00Z");

    /** {@code test.clock.start} starts the application at another instant (a first start on another day). */
    @Bean
    @Primary
    MutableClock testClock(@Value("${test.clock.start:2026-11-22T03:00:00Z}") String start) {
        return new MutableClock(Instant.parse(start), ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean
    FreshStart.SnapshotHolder freshStartSnapshot() {
        return new FreshStart.SnapshotHolder();
    }

    @Bean
    CapturingSender consoleCapture() {
        return new CapturingSender("console");
    }

    @Bean
    Terminal terminal(vn.doan.nhacviec.bot.conversation.ConversationService conversation,
                      vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher dispatcher, CapturingSender sender,
                      vn.doan.nhacviec.scheduler.planning.ReplanQueue replans) {
        return new Terminal(conversation, dispatcher, sender, replans);
    }
}
