package vn.doan.nhacviec.bot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;

/** The terminal's stand-ins for attachments: {@code /anh <path> caption} and {@code /tep <path> caption}. */
class ConsoleLinesTest {

    @TempDir
    Path dir;

    @Test
    void aPhotoLineCarriesTheFileAndItsCaption() throws IOException {
        Path photo = Files.write(dir.resolve("hop.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2});
        Inbound in = ConsoleLines.read("terminal", "terminal", "an", "/anh " + photo + "  đã họp 20/11");
        assertThat(in.text()).isEqualTo("đã họp 20/11");
        assertThat(in.file().kind()).isEqualTo(InboundFile.Kind.PHOTO);
        assertThat(in.file().platformRef()).isEqualTo(photo.toString());
        assertThat(in.file().fileName()).isEqualTo("hop.jpg");
        assertThat(in.file().sizeBytes()).isEqualTo(5L);
    }

    @Test
    void aDocumentPathWithSpacesGoesInQuotesAndTheCaptionMayBeACommand() throws IOException {
        Path csv = Files.writeString(Files.createDirectories(dir.resolve("thư mục")).resolve("đơn vị.csv"), "code\n");
        Inbound in = ConsoleLines.read("terminal", "terminal", "an", "/tep \"" + csv + "\" /nhapdv");
        assertThat(in.text()).isEqualTo("/nhapdv");
        assertThat(in.file().kind()).isEqualTo(InboundFile.Kind.DOCUMENT);
        assertThat(in.file().platformRef()).isEqualTo(csv.toString());
        assertThat(ConsoleLines.read("terminal", "terminal", "an", "/tep \"" + csv + "\"").text()).isEmpty();
    }

    @Test
    void anyOtherLineIsText() {
        Inbound in = ConsoleLines.read("terminal", "terminal", "an", "/anhem xong");
        assertThat(in.hasFile()).isFalse();
        assertThat(in.text()).isEqualTo("/anhem xong");
        assertThat(ConsoleLines.read("terminal", "terminal", "an", "xong").hasFile()).isFalse();
    }
}
