package vn.doan.nhacviec.bot.telegram;

import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The HTTP clients of the channel, both masking the token in network errors: one for Bot API
 * calls (uploads of up to 50 MB get time to go), one for long polling (its reads outlast
 * getUpdates' 50-second wait). Closed with the application so no thread lingers.
 */
final class TelegramHttp implements AutoCloseable {

    private final OkHttpClient calls;
    private final OkHttpClient polling;

    TelegramHttp(TokenMask mask) {
        this.calls = new OkHttpClient.Builder()
                .addInterceptor(mask)
                .connectTimeout(Duration.ofSeconds(15))
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofMinutes(2))
                .build();
        this.polling = calls.newBuilder()
                .readTimeout(Duration.ofSeconds(100))
                .build();
    }

    OkHttpClient calls() {
        return calls;
    }

    OkHttpClient polling() {
        return polling;
    }

    @Override
    public void close() {
        for (OkHttpClient client : new OkHttpClient[] {calls, polling}) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
