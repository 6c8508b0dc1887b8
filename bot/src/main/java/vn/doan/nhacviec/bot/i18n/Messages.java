package vn.doan.nhacviec.bot.i18n;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** User-facing text from the bundles ({@code i18n/messages*.properties}); Vietnamese unless the reader chose English. */
@Component
public class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(Locale locale, String key, Object... args) {
        return source.getMessage(key, args, locale);
    }

    public static Locale locale(String language) {
        return "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
    }
}
