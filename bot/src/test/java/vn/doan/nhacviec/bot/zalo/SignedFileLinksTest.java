package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

class SignedFileLinksTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void aLinkLeadsToItsFileUntilItExpires(@TempDir Path dir) throws Exception {
        Path chart = Files.writeString(dir.resolve("chart.png"), "png");
        SignedFileLinks links = links("https://bot.example.org/");

        String link = links.linkFor(new Attachment(Attachment.Kind.PHOTO, chart.toString(), "Biểu đồ tháng 11.png", "image/png")).orElseThrow();

        assertThat(link).startsWith("https://bot.example.org/zalo/files/").endsWith("/Bieu_do_thang_11.png");
        String[] parts = link.substring("https://bot.example.org/zalo/files/".length()).split("/");
        long expires = Long.parseLong(parts[0]);
        assertThat(links.resolve(expires, parts[1], parts[2]).file()).isEqualTo(chart);
        assertThat(links.resolve(expires + 3600, parts[1], parts[2]).verdict()).as("a longer life").isEqualTo(SignedFileLinks.Verdict.FORGED);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(links.resolve(expires, parts[1], parts[2]).verdict()).isEqualTo(SignedFileLinks.Verdict.EXPIRED);
    }

    @Test
    void aLinkCannotBeTurnedToAnotherFile(@TempDir Path dir) throws Exception {
        Path chart = Files.writeString(dir.resolve("chart.png"), "png");
        Path other = Files.writeString(dir.resolve("secret.txt"), "secret");
        SignedFileLinks links = links("https://bot.example.org");
        String[] chartParts = links.linkFor(new Attachment(Attachment.Kind.PHOTO, chart.toString(), "c.png", "image/png")).orElseThrow()
                .substring("https://bot.example.org/zalo/files/".length()).split("/");
        String otherFile = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(other.toString().getBytes());

        assertThat(links.resolve(Long.parseLong(chartParts[0]), otherFile, chartParts[2]).verdict()).isEqualTo(SignedFileLinks.Verdict.FORGED);
    }

    @Test
    void withoutAPublicBaseUrlThereIsNoLink() {
        assertThat(links(null).linkFor(new Attachment(Attachment.Kind.PHOTO, "/tmp/x.png", "x.png", "image/png"))).isEmpty();
    }

    private SignedFileLinks links(String base) {
        return new SignedFileLinks(new ZaloProperties(FakeZaloServer.TOKEN, null, null, null, null, base, null, null, null, null, null), clock);
    }
}
