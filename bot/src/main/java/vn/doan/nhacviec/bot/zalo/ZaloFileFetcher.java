package vn.doan.nhacviec.bot.zalo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.doan.nhacviec.bot.channel.FileFetcher;
import vn.doan.nhacviec.bot.channel.InboundFile;

/** Downloads an image a person sent on Zalo from the URL its event carries (HTTP or HTTPS only, a few redirects). */
@Component
@ConditionalOnZalo
class ZaloFileFetcher implements FileFetcher {

    private final HttpClient http;
    private final ZaloProperties properties;

    ZaloFileFetcher(ZaloProperties properties) {
        this.properties = properties;
        this.http = HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    @Override
    public String channel() {
        return ZaloInboundMapper.CHANNEL;
    }

    @Override
    public void fetch(InboundFile file, Path target, long maxBytes) throws IOException {
        URI uri;
        try {
            uri = URI.create(file.platformRef());
        } catch (IllegalArgumentException e) {
            throw new IOException("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new IOException("not an HTTP(S) URL");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.requestTimeout().multipliedBy(3)).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("image download answered HTTP " + response.statusCode());
            }
            long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (announced > maxBytes) {
                throw new TooBig(maxBytes);
            }
            FileFetcher.copyLimited(in, target, maxBytes);
        }
    }
}
