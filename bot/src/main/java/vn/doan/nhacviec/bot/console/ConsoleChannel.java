package vn.doan.nhacviec.bot.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.conversation.ConversationService;

/**
 * Reads the terminal line by line and hands each line to the conversation, as the terminal user in
 * the terminal chat. When input ends (Ctrl+D, or a piped script), it waits for the answers to be
 * printed and stops the application. {@code /anh <path> caption} sends a picture (see {@link ConsoleLines}).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "nhacviec.console.enabled", havingValue = "true")
class ConsoleChannel implements ApplicationRunner {

    static final String CHANNEL = "console";
    static final String TERMINAL = "terminal";
    private static final Logger log = LoggerFactory.getLogger(ConsoleChannel.class);

    private final ConversationService conversation;
    private final ConsoleDrain drain;
    private final ConfigurableApplicationContext context;
    private final InputStream in;

    ConsoleChannel(ConversationService conversation, ConsoleDrain drain, ConfigurableApplicationContext context) {
        this.conversation = conversation;
        this.drain = drain;
        this.context = context;
        this.in = System.in;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread reader = new Thread(this::readLines, "console");
        reader.setDaemon(false);
        reader.start();
    }

    private void readLines() {
        String user = System.getProperty("user.name", TERMINAL);
        conversation.handle(Inbound.privateText(CHANNEL, TERMINAL, TERMINAL, user, "/start"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (!line.isBlank()) {
                    drain.awaitIdle();
                    conversation.handle(ConsoleLines.read(TERMINAL, TERMINAL, user, line));
                }
            }
        } catch (IOException e) {
            log.warn("Terminal input failed: {}", e.getMessage());
        }
        drain.awaitIdle();
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
