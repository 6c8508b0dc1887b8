package vn.doan.nhacviec.bot.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;
import vn.doan.nhacviec.bot.channel.FileFetcher;
import vn.doan.nhacviec.bot.channel.InboundFile;

/**
 * Downloads a file a person sent on Telegram: getFile gives its path on the Bot API server, the
 * bytes are at {@code <api>/file/bot<token>/<path>}. Files the server says are too large are not
 * asked for; the token never reaches a log (the HTTP client masks it in errors).
 */
@Component
@ConditionalOnTelegram
class TelegramFileFetcher implements FileFetcher {

    private final TelegramClient client;
    private final TelegramHttp http;
    private final TelegramProperties properties;
    private final TokenMask mask;

    TelegramFileFetcher(TelegramClient client, TelegramHttp http, TelegramProperties properties, TokenMask mask) {
        this.client = client;
        this.http = http;
        this.properties = properties;
        this.mask = mask;
    }

    @Override
    public String channel() {
        return UpdateTranslator.CHANNEL;
    }

    @Override
    public void fetch(InboundFile file, Path target, long maxBytes) throws IOException {
        if (file.sizeBytes() != null && file.sizeBytes() > Math.min(maxBytes, UpdateTranslator.DOWNLOAD_LIMIT)) {
            throw new TooBig(Math.min(maxBytes, UpdateTranslator.DOWNLOAD_LIMIT));
        }
        File located;
        try {
            located = client.execute(GetFile.builder().fileId(file.platformRef()).build());
        } catch (TelegramApiException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("too big")) {
                throw new TooBig(Math.min(maxBytes, UpdateTranslator.DOWNLOAD_LIMIT));
            }
            throw new IOException("getFile failed: " + mask.mask(String.valueOf(e.getMessage())));
        }
        if (located == null || located.getFilePath() == null) {
            throw new IOException("getFile gave no path");
        }
        if (located.getFileSize() != null && located.getFileSize() > maxBytes) {
            throw new TooBig(maxBytes);
        }
        String base = properties.apiUrl().endsWith("/") ? properties.apiUrl().substring(0, properties.apiUrl().length() - 1) : properties.apiUrl();
        Request request = new Request.Builder().url(base + "/file/bot" + properties.token() + "/" + located.getFilePath()).get().build();
        try (Response response = http.calls().newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful() || body == null) {
                throw new IOException("file download answered HTTP " + response.code());
            }
            if (body.contentLength() > maxBytes) {
                throw new TooBig(maxBytes);
            }
            try (InputStream in = body.byteStream()) {
                FileFetcher.copyLimited(in, target, maxBytes);
            }
        }
    }
}
