package vn.doan.nhacviec.bot.console;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.doan.nhacviec.bot.channel.Inbound;
import vn.doan.nhacviec.bot.channel.InboundFile;

/**
 * A line typed in the terminal as a message. The terminal cannot send photos or files, so two
 * words of its own stand for them: {@code /anh <path> [caption]} sends the picture at that path
 * with a caption, {@code /tep <path> [caption]} a document (a path with spaces goes in quotes).
 * Any other line is plain text.
 */
final class ConsoleLines {

    private static final Pattern ATTACH = Pattern.compile("^/(anh|photo|tep|file)\\s+(\"[^\"]+\"|\\S+)(?:\\s+(.*))?$",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ConsoleLines() {
    }

    static Inbound read(String chatRef, String userRef, String userName, String line) {
        Matcher attach = ATTACH.matcher(line.strip());
        if (!attach.matches()) {
            return Inbound.privateText(ConsoleChannel.CHANNEL, chatRef, userRef, userName, line);
        }
        String word = attach.group(1).toLowerCase(Locale.ROOT);
        String path = attach.group(2).replace("\"", "");
        String caption = attach.group(3) == null ? "" : attach.group(3).strip();
        InboundFile.Kind kind = word.equals("anh") || word.equals("photo") ? InboundFile.Kind.PHOTO : InboundFile.Kind.DOCUMENT;
        return Inbound.privateFile(ConsoleChannel.CHANNEL, chatRef, userRef, userName, caption,
                new InboundFile(kind, path, fileName(path), mediaType(path), size(path)));
    }

    private static String fileName(String path) {
        try {
            Path name = Path.of(path).getFileName();
            return name == null ? path : name.toString();
        } catch (InvalidPathException e) {
            return path;
        }
    }

    private static String mediaType(String path) {
        try {
            return Files.probeContentType(Path.of(path));
        } catch (Exception e) {
            return null;
        }
    }

    private static Long size(String path) {
        try {
            Path file = Path.of(path);
            return Files.isRegularFile(file) ? Files.size(file) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
