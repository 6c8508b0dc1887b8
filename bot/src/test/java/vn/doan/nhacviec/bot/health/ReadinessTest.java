package vn.doan.nhacviec.bot.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutboxRepository;
import vn.doan.nhacviec.data.outbox.OutboxState;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.jobs.LocalJobs;
import vn.doan.nhacviec.scheduler.jobs.PeriodicTaskJob;
import vn.doan.nhacviec.scheduler.outbox.MessageSender;
import vn.doan.nhacviec.scheduler.outbox.OutboxDispatcher;
import vn.doan.nhacviec.scheduler.outbox.SendOutcome;
import vn.doan.nhacviec.scheduler.workers.WorkerSupervisor;

/**
 * The management port as an operator (or Docker's health check) sees it: readiness goes DOWN when
 * an {@link Error} thrown by a sender kills the outbox dispatcher, UP again once the supervisor
 * restarted it, and the message is then sent; the metrics count it. And every periodic task is a
 * Quartz job, so that a clustered store covers them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        "spring.config.import=optional:file:../config/application.yml",
        "nhacviec.catalog.dir=../config/catalog",
        "nhacviec.demo.units=../config/demo/units.csv",
        "nhacviec.demo.enabled=true",
        "nhacviec.console.enabled=false",
        "nhacviec.outbox.auto-start=false",
        "nhacviec.outbox.idle-poll=50ms",
        // Quartz on, to see every periodic task among its jobs; nothing fires during the test
        "nhacviec.reminders.jobs.remind-cron=0 0 0 1 1 ? 2099",
        "nhacviec.reminders.jobs.plan-cron=0 0 0 1 1 ? 2099",
        "nhacviec.staff.triggers.interval=1h",
        "nhacviec.workers.check-every=1h",
        "nhacviec.retention.cron=0 0 0 1 1 ? 2099",
        "nhacviec.reminders.jobs.quartz[org.quartz.scheduler.instanceName]=readiness-${random.uuid}",
        "nhacviec.demo.history=false",
        "nhacviec.database.data-dir=target/test-db/${random.uuid}",
        "management.defaults.metrics.export.enabled=true",
        "management.prometheus.metrics.export.enabled=true",
        "logging.file.name="
})
@Import({BotTestConfiguration.class, ReadinessTest.FakeChannel.class})
@DirtiesContext
class ReadinessTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    WorkerSupervisor supervisor;
    @Autowired
    ChatRepository chats;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    ExplodingSender sender;
    @Autowired
    Scheduler quartz;
    @Autowired
    LocalJobs localJobs;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    @Test
    void readinessGoesDownWhenTheDispatcherThreadDiesAndUpAgainAfterTheSupervisorRestartsIt() throws Exception {
        dispatcher.start();
        assertThat(get("/actuator/health/readiness")).startsWith("200").contains("\"status\":\"UP\"")
                .contains("\"outbox-dispatcher\":\"UP\"").contains("\"db\"");
        assertThat(get("/actuator/health/liveness")).startsWith("200");

        long chatId = chats.findOrCreate(ExplodingSender.CHANNEL, "1", Chat.ChatKind.PRIVATE, null, "vi").id();
        long id = outbox.enqueue(chatId, MessageKind.REPLY, OutgoingMessage.text("xin chào"), null, 40, clock.instant());
        dispatcher.wake();

        String down = awaitReadiness("503");
        assertThat(down).contains("\"status\":\"DOWN\"").contains("\"outbox-dispatcher\":\"DOWN\"");
        assertThat(sender.calls.get()).isEqualTo(1);
        assertThat(outbox.find(id).orElseThrow().state()).isNotEqualTo(OutboxState.SENT);

        assertThat(supervisor.restartDead()).containsExactly("outbox-dispatcher");

        assertThat(awaitReadiness("200")).contains("\"outbox-dispatcher\":\"UP\"");
        awaitSent(id);
        String metrics = get("/actuator/prometheus");
        assertThat(metrics).contains("nhacviec_outbox_sends_total{channel=\"explode\",outcome=\"sent\"} 1.0")
                .contains("nhacviec_worker_restarts_total{worker=\"outbox-dispatcher\"} 1.0")
                .contains("nhacviec_outbox_depth{kind=\"reply\",state=\"sent\"}")
                .contains("nhacviec_dialogues_open");
    }

    @Test
    void everyPeriodicTaskIsAQuartzJob() throws Exception {
        assertThat(quartz.getJobKeys(GroupMatcher.anyJobGroup())).extracting(JobKey::getName)
                .contains("remind", "plan", "replan", "weekly-digest", "notice-deadlines", "undelivered-summary", "retention");
        for (String name : List.of("weekly-digest", "notice-deadlines", "undelivered-summary")) {
            SimpleTrigger trigger = (SimpleTrigger) quartz.getTrigger(TriggerKey.triggerKey(name, "nhacviec"));
            assertThat(trigger.getRepeatInterval()).as(name).isEqualTo(Duration.ofHours(1).toMillis());
            assertThat(quartz.getJobDetail(JobKey.jobKey(name, "nhacviec")).getJobClass()).isEqualTo(PeriodicTaskJob.class);
        }
        assertThat(((CronTrigger) quartz.getTrigger(TriggerKey.triggerKey("retention", "nhacviec"))).getCronExpression())
                .isEqualTo("0 0 0 1 1 ? 2099");
        // the one task about this process's own threads runs on each instance, not in the shared (maybe clustered) store
        assertThat(localJobs.jobNames()).containsExactly("worker-supervisor");
        assertThat(get("/actuator/health/readiness")).contains("\"quartz\"");
    }

    private String awaitReadiness(String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String last = get("/actuator/health/readiness");
        while (!last.startsWith(status) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            last = get("/actuator/health/readiness");
        }
        assertThat(last).startsWith(status);
        return last;
    }

    private void awaitSent(long id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (outbox.find(id).orElseThrow().state() != OutboxState.SENT && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(outbox.find(id).orElseThrow().state()).isEqualTo(OutboxState.SENT);
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    /** Throws an Error that leaves the JVM in doubt on its first send, then sends. */
    static class ExplodingSender implements MessageSender {

        static final String CHANNEL = "explode";
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public String channel() {
            return CHANNEL;
        }

        @Override
        public SendOutcome send(Chat chat, OutgoingMessage message, String editPlatformMessageId) {
            if (calls.incrementAndGet() == 1) {
                throw new StackOverflowError("thrown by the test's sender");
            }
            return new SendOutcome.Sent("m" + calls.get());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FakeChannel {

        @Bean
        ExplodingSender explodingSender() {
            return new ExplodingSender();
        }
    }
}
