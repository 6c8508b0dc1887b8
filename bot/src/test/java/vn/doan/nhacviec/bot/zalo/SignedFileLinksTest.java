package vn.doan.nhacviec.bot.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.MutableClock;
import vn.doan.nhacviec.data.db.DatabaseProperties;
import vn.doan.nhacviec.data.outbox.OutgoingMessage.Attachment;

class SignedFileLinksTest {

    private static final String BASE = "https://bot.example.org";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    @Test
    void aLinkLeadsToItsFileUntilItExpires() throws Exception {
        Path chart = exported("chart.png");
        SignedFileLinks links = links(BASE + "/");

        String link = links.linkFor(new Attachment(Attachment.Kind.PHOTO, chart.toString(), "Biểu đồ tháng 11.png", "image/png")).orElseThrow();

        assertThat(link).startsWith(BASE + "/zalo/files/").endsWith("/Bieu_do_thang_11.png");
        Link parts = Link.of(link);
        SignedFileLinks.Resolved resolved = links.resolve(parts.expires, parts.id, parts.signature, parts.name);
        assertThat(resolved.file()).isEqualTo(chart.toRealPath());
        assertThat(resolved.mediaType()).isEqualTo("image/png");
        assertThat(links.resolve(parts.expires + 3600, parts.id, parts.signature, parts.name).verdict()).as("a longer life")
                .isEqualTo(SignedFileLinks.Verdict.FORGED);
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        assertThat(links.resolve(parts.expires, parts.id, parts.signature, parts.name).verdict()).isEqualTo(SignedFileLinks.Verdict.EXPIRED);
    }

    @Test
    void theLinkCarriesAnOpaqueIdNotThePath() throws Exception {
        Path chart = exported("bao-cao-tinh.png");
        SignedFileLinks links = links(BASE);
        Link parts = Link.of(links.linkFor(new Attachment(Attachment.Kind.PHOTO, chart.toString(), "c.png", "image/png")).orElseThrow());

        String decoded = new String(Base64.getUrlDecoder().decode(parts.id), StandardCharsets.ISO_8859_1);
        assertThat(decoded).doesNotContain("bao-cao-tinh").doesNotContain(dataDir.toString()).doesNotContain("exports");
        assertThat(parts.id).isNotEqualTo(Link.of(links.linkFor(new Attachment(Attachment.Kind.PHOTO, chart.toString(), "c.png", "image/png"))
                .orElseThrow()).id).as("a fresh id each time");
    }

    @Test
    void aTamperedNameOrIdIsRefused() throws Exception {
        Path chart = exported("chart.png");
        Files.writeString(chart.resolveSibling("secret.csv"), "secret");
        SignedFileLinks links = links(BASE);
        Link parts = Link.of(links.linkFor(new Attachment(Attachment.Kind.PHOTO, chart.toString(), "c.png", "image/png")).orElseThrow());

        assertThat(links.resolve(parts.expires, parts.id, parts.signature, "c.html").verdict()).isEqualTo(SignedFileLinks.Verdict.FORGED);
        assertThat(links.resolve(parts.expires, parts.id, parts.signature, "c.svg").verdict()).isEqualTo(SignedFileLinks.Verdict.FORGED);
        String otherId = Base64.getUrlEncoder().withoutPadding().encodeToString("secret.csv".getBytes(StandardCharsets.UTF_8));
        assertThat(links.resolve(parts.expires, otherId, parts.signature, parts.name).verdict()).isEqualTo(SignedFileLinks.Verdict.FORGED);
    }

    @Test
    void theSignerRefusesAnythingOutsideTheExportsDirectory(@TempDir Path elsewhere) throws Exception {
        SignedFileLinks links = links(BASE);
        Path outside = Files.writeString(elsewhere.resolve("passwd.png"), "secret");
        assertThat(links.sign(outside, "passwd.png")).isEmpty();
        Path exports = Files.createDirectories(dataDir.resolve("exports"));
        assertThat(links.sign(exports.resolve("../nhacviec.db"), "db.png")).isEmpty();
        Files.writeString(dataDir.resolve("nhacviec.db"), "db");
        assertThat(links.sign(exports.resolve("../nhacviec.db"), "db.png")).as("climbing out by ..").isEmpty();
        Files.createSymbolicLink(exports.resolve("link.png"), outside);
        assertThat(links.sign(exports.resolve("link.png"), "link.png")).as("a symbolic link out of it").isEmpty();
    }

    @Test
    void aPhotoKeptElsewhereIsLinkedThroughACopyInTheExportsDirectory(@TempDir Path evidence) throws Exception {
        Path photo = Files.writeString(evidence.resolve("anh.jpg"), "jpeg");
        SignedFileLinks links = links(BASE);
        Link parts = Link.of(links.linkFor(new Attachment(Attachment.Kind.PHOTO, photo.toString(), "anh.jpg", "image/jpeg")).orElseThrow());

        SignedFileLinks.Resolved resolved = links.resolve(parts.expires, parts.id, parts.signature, parts.name);
        assertThat(resolved.file()).startsWith(dataDir.resolve("exports").toRealPath()).hasContent("jpeg");
        assertThat(resolved.mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void theMediaTypeIsTheStoredFilesAmongAFewElseADownload() {
        assertThat(SignedFileLinks.mediaTypeOf(Path.of("a.PNG"))).isEqualTo("image/png");
        assertThat(SignedFileLinks.mediaTypeOf(Path.of("a.svg"))).isEqualTo(SignedFileLinks.DOWNLOAD);
        assertThat(SignedFileLinks.mediaTypeOf(Path.of("a.html"))).isEqualTo(SignedFileLinks.DOWNLOAD);
        assertThat(SignedFileLinks.mediaTypeOf(Path.of("noextension"))).isEqualTo(SignedFileLinks.DOWNLOAD);
    }

    @Test
    void withoutAPublicBaseUrlThereIsNoLink() throws Exception {
        assertThat(links(null).linkFor(new Attachment(Attachment.Kind.PHOTO, exported("x.png").toString(), "x.png", "image/png"))).isEmpty();
    }

    private Path exported(String name) throws Exception {
        return Files.writeString(Files.createDirectories(dataDir.resolve("exports")).resolve(name), "png");
    }

    private SignedFileLinks links(String base) {
        return new SignedFileLinks(new ZaloProperties(FakeZaloServer.TOKEN, null, null, null, "/zalo/webhook", base, java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(20), java.time.Duration.ofSeconds(1), java.time.Duration.ofMinutes(1), java.time.Duration.ofHours(1)),
                new DatabaseProperties(dataDir, null, null, null, 4), clock);
    }

    private record Link(long expires, String id, String signature, String name) {
        static Link of(String link) {
            String[] parts = link.substring(link.indexOf("/zalo/files/") + "/zalo/files/".length()).split("/");
            return new Link(Long.parseLong(parts[0]), parts[1], parts[2], parts[3]);
        }
    }
}
