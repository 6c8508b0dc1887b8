package vn.doan.nhacviec.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doan.nhacviec.bot.NhacViecApplication;
import vn.doan.nhacviec.bot.channel.PollingLeases;
import vn.doan.nhacviec.bot.support.BotTestConfiguration;
import vn.doan.nhacviec.data.chat.Chat;
import vn.doan.nhacviec.data.chat.ChatRepository;
import vn.doan.nhacviec.data.outbox.MessageKind;
import vn.doan.nhacviec.data.outbox.OutgoingMessage;
import vn.doan.nhacviec.scheduler.outbox.Outbox;
import vn.doan.nhacviec.testpg.EmbeddedPostgres;
import vn.doan.nhacviec.testpg.PostgresDataSources;

/**
 * Two instances of the application on one PostgreSQL database (fresh: only the migrations prepare
 * it), clustered, with one Telegram token and a fake Bot API: one instance polls, both send from the
 * shared outbox, Quartz fires each scheduled run on one of them, and when the polling instance stops
 * the other takes over.
 */
class TwoInstancesTest {

    static final String TOKEN = "777888999:AAG-two-instances-token_7777";

    private final FakeBotApi api = FakeBotApi.start(TOKEN);
    private final String url = PostgresDataSources.emptyDatabaseUrl();
    private final String schedulerName = "two-" + UUID.randomUUID();
    private final Map<Long, List<String>> firings = new ConcurrentHashMap<>();
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
        api.close();
        EmbeddedPostgres.shared().dropDatabase(url);
    }

    @Test
    void onePollerEveryMessageOnceEachFiringOnceAndTheSurvivorTakesOver() throws Exception {
        ConfigurableApplicationContext a = start("a");
        ConfigurableApplicationContext b = start("b");
        JdbcClient jdbc = a.getBean(JdbcClient.class);

        // one instance holds the token's polling lease
        String holderA = a.getBean(PollingLeases.class).holder();
        String holderB = b.getBean(PollingLeases.class).holder();
        await().atMost(Duration.ofSeconds(30)).until(() -> leaseHolder(jdbc) != null);
        String holder = leaseHolder(jdbc);
        assertThat(holder).isIn(holderA, holderB);

        // replies: each /start answered once
        for (long user = 1; user <= 6; user++) {
            api.queue(Updates.privateText(7000 + user, "Người " + user, "/start"));
        }
        for (long user = 1; user <= 6; user++) {
            String chat = String.valueOf(7000 + user);
            api.await("sendMessage", call -> chat.equals(call.chatId()) && call.param("text").contains("Xin chào"));
        }

        // a burst from both instances, as a broadcast fans out: every message delivered once
        List<Long> chats = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            ConfigurableApplicationContext sender = i % 2 == 0 ? a : b;
            Chat chat = sender.getBean(ChatRepository.class).findOrCreate("telegram", String.valueOf(8000 + i), Chat.ChatKind.PRIVATE, null, "vi");
            chats.add(chat.id());
            sender.getBean(Outbox.class).send(chat.id(), MessageKind.REPLY, OutgoingMessage.text("Thông báo số " + i));
        }
        for (int i = 1; i <= 20; i++) {
            String chat = String.valueOf(8000 + i);
            String text = "Thông báo số " + i;
            api.await("sendMessage", call -> chat.equals(call.chatId()) && text.equals(call.param("text")));
        }

        // the reminder job, every second on both instances' schedule: each firing runs on one instance
        await().atMost(Duration.ofSeconds(30)).until(() -> firings.values().stream().mapToInt(List::size).sum() >= 3);

        // the polling instance stops: the other takes the lease over and answers
        ConfigurableApplicationContext polling = holder.equals(holderA) ? a : b;
        ConfigurableApplicationContext survivor = polling == a ? b : a;
        String survivorHolder = survivor.getBean(PollingLeases.class).holder();
        polling.close();
        contexts.remove(polling);
        JdbcClient survivorJdbc = survivor.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> survivorHolder.equals(leaseHolder(survivorJdbc)));
        api.queue(Updates.privateText(7100, "Người sau", "/start"));
        api.await("sendMessage", call -> "7100".equals(call.chatId()) && call.param("text").contains("Xin chào"));

        Thread.sleep(500); // anything sent twice would have gone out by now
        for (long user = 1; user <= 6; user++) {
            String chat = String.valueOf(7000 + user);
            assertThat(api.calls("sendMessage", chat).stream().filter(call -> call.param("text").contains("Xin chào")))
                    .as("welcome to " + chat).hasSize(1);
        }
        assertThat(api.calls("sendMessage", "7100").stream().filter(call -> call.param("text").contains("Xin chào"))).hasSize(1);
        for (int i = 1; i <= 20; i++) {
            String text = "Thông báo số " + i;
            assertThat(api.calls("sendMessage", String.valueOf(8000 + i)).stream().filter(call -> text.equals(call.param("text"))))
                    .as(text).hasSize(1);
        }
        assertThat(jdbc(survivor).sql("SELECT COUNT(*) FROM outbox_message WHERE state <> 'SENT' AND chat_id IN ("
                + chats.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")").query(Integer.class).single()).isZero();
        // no scheduled firing ran twice, and both instances took part in the schedule or one did all: never both for one
        List<Long> fireTimes = firings.keySet().stream().toList();
        for (Long fireTime : fireTimes) {
            assertThat(firings.get(fireTime)).as("firing at " + fireTime).hasSize(1);
        }
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class);
    }

    private static String leaseHolder(JdbcClient jdbc) {
        return jdbc.sql("SELECT holder FROM polling_lease WHERE name LIKE 'telegram:%'").query(String.class).optional().orElse(null);
    }

    private ConfigurableApplicationContext start(String instance) throws SchedulerException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NhacViecApplication.class, BotTestConfiguration.class)
                // command-line arguments: they win over config/application.yml
                .run(
                        "--spring.config.import=optional:file:../config/application.yml",
                        "--nhacviec.catalog.dir=../config/catalog",
                        "--nhacviec.database.data-dir=target/test-db/" + UUID.randomUUID(),
                        "--nhacviec.database.url=" + url,
                        "--nhacviec.database.user=" + EmbeddedPostgres.USER,
                        "--nhacviec.console.enabled=false",
                        "--nhacviec.staff.triggers.enabled=false",
                        "--nhacviec.reminders.jobs.store=jdbc",
                        "--nhacviec.reminders.jobs.clustered=true",
                        "--nhacviec.reminders.jobs.remind-cron=* * * * * ?",
                        "--nhacviec.reminders.jobs.quartz[org.quartz.scheduler.instanceName]=" + schedulerName,
                        "--nhacviec.reminders.jobs.quartz[org.quartz.jobStore.clusterCheckinInterval]=1000",
                        "--nhacviec.polling-lease.ttl=3s",
                        "--nhacviec.polling-lease.renew-every=200ms",
                        "--nhacviec.outbox.idle-poll=200ms",
                        "--logging.file.name=",
                        // a messenger bot opens its web and management servers: any free ports
                        "--server.port=0",
                        "--management.server.port=0",
                        "--TELEGRAM_BOT_TOKEN=" + TOKEN,
                        "--TELEGRAM_API_URL=" + api.baseUrl());
        contexts.add(context);
        context.getBean(Scheduler.class).getListenerManager().addJobListener(new Firings(instance));
        return context;
    }

    /** Records which instance ran the reminder job's scheduled firings. */
    private final class Firings implements JobListener {
        private final String instance;

        Firings(String instance) {
            this.instance = instance;
        }

        @Override
        public String getName() {
            return "firings-" + instance;
        }

        @Override
        public void jobToBeExecuted(JobExecutionContext context) {
            if ("remind".equals(context.getJobDetail().getKey().getName()) && context.getScheduledFireTime() != null) {
                firings.computeIfAbsent(context.getScheduledFireTime().getTime(), t -> new java.util.concurrent.CopyOnWriteArrayList<>())
                        .add(instance);
            }
        }

        @Override
        public void jobExecutionVetoed(JobExecutionContext context) {
        }

        @Override
        public void jobWasExecuted(JobExecutionContext context, JobExecutionException exception) {
        }
    }

}
