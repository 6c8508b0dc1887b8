package vn.doan.nhacviec.bot.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A POST over a raw socket whose body is sent a piece at a time, for webhook tests: the answer is
 * read after only {@code sendBytes} of the body went out, so a server that waits for the whole body
 * before answering times out instead (the test then fails), and one that answers early is caught
 * answering without having read it.
 */
public final class StreamedPost {

    /** The status the server answered and how much of the body had been sent by then. */
    public record Answer(int status, long bytesSent) {
    }

    private StreamedPost() {
    }

    /**
     * Declares a body of {@code declaredLength} bytes (chunked when negative), sends {@code sendBytes}
     * of it, then waits (5 s at most) for the status line.
     */
    public static Answer send(int port, String path, String headerName, String headerValue, long declaredLength, long sendBytes)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n");
            if (headerName != null) {
                head.append(headerName).append(": ").append(headerValue).append("\r\n");
            }
            head.append(declaredLength < 0 ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + declaredLength + "\r\n");
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            byte[] piece = new byte[16_384];
            Arrays.fill(piece, (byte) '[');
            long sent = 0;
            try {
                while (sent < sendBytes) {
                    int n = (int) Math.min(piece.length, sendBytes - sent);
                    if (declaredLength < 0) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(piece, 0, n);
                    if (declaredLength < 0) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    sent += n;
                }
                out.flush();
            } catch (IOException closedByServer) {
                // the server answered and closed while the body was still coming: what it answered is read below
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String statusLine = in.readLine();
            if (statusLine == null) {
                throw new IOException("no answer");
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), sent);
        }
    }
}
