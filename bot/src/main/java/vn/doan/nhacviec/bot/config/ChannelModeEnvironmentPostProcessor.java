package vn.doan.nhacviec.bot.config;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no messaging token, the bot runs the terminal demo: the console channel and the demo data
 * are switched on and the terminal is kept free of log lines (they go to the log file). Whether
 * the demo may run at all is decided before ({@code StartMode}). Also the defaults of the HTTP
 * server's address and of the management endpoints ({@link ManagementDefaults}); each can be set.
 */
public class ChannelModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean anyToken = hasText(environment.getProperty("TELEGRAM_BOT_TOKEN")) || hasText(environment.getProperty("ZALO_BOT_TOKEN"));
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("nhacviec.console.enabled", !anyToken);
        defaults.put("nhacviec.demo.enabled", !anyToken);
        if (!anyToken) {
            defaults.put("logging.threshold.console", "WARN");
        }
        // the HTTP server listens on every interface only where something public needs it (a webhook,
        // file links); otherwise on 127.0.0.1. A messenger bot always runs it, for the management port.
        boolean needsPublicHttp = hasText(environment.getProperty("TELEGRAM_WEBHOOK_URL"))
                || hasText(environment.getProperty("ZALO_WEBHOOK_URL")) || hasText(environment.getProperty("PUBLIC_BASE_URL"));
        defaults.put("spring.main.web-application-type", needsPublicHttp || anyToken ? "servlet" : "none");
        if (!needsPublicHttp) {
            defaults.put("server.address", "127.0.0.1");
        }
        defaults.putAll(ManagementDefaults.PROPERTIES);
        environment.getPropertySources().addLast(new MapPropertySource("channelMode", defaults));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
