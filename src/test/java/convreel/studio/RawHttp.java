package convreel.studio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * HTTP/1.1 requests written byte for byte, so a test can send what no well-behaved client would: a
 * path with {@code ..} in it, another {@code Host}, a foreign {@code Origin}.
 */
final class RawHttp {
    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** One response: its status, headers (names in lower case) and body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** {@code GET target} as the studio's own page asks it. */
    Response get(String target) throws IOException {
        return send("GET", target, Map.of());
    }

    /** {@code method target} with the studio's own Host and the {@code extra} headers (a Host among them replaces it). */
    Response send(String method, String target, Map<String, String> extra) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "127.0.0.1:" + port);
        headers.putAll(extra);
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** The page's event stream, read on a thread of its own until closed. */
    Events events() throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = socket.getInputStream();
        String statusLine = line(in);
        if (!statusLine.contains(" 200 ")) {
            socket.close();
            throw new IOException("/events answered " + statusLine);
        }
        while (!line(in).isEmpty()) {
            // the headers
        }
        Events events = new Events(socket);
        Thread reader = new Thread(() -> events.read(in), "test-events");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    /** Server-sent events as they come: each is its name and its data. */
    static final class Events implements AutoCloseable {
        private final Socket socket;
        private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();

        private Events(Socket socket) {
            this.socket = socket;
        }

        /** The next event named {@code name} (others are skipped), waiting at most {@code seconds}; its data. */
        String next(String name, int seconds) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            for (long left; (left = end - System.nanoTime()) > 0; ) {
                String[] event = events.poll(left, TimeUnit.NANOSECONDS);
                if (event != null && event[0].equals(name)) {
                    return event[1];
                }
            }
            throw new AssertionError("no '" + name + "' event within " + seconds + " s");
        }

        private void read(InputStream in) {
            StringBuilder text = new StringBuilder();
            try {
                // The stream is chunked: each chunk is a size line, the bytes, an empty line.
                for (int size; (size = Integer.parseInt(line(in).trim(), 16)) > 0; ) {
                    text.append(new String(in.readNBytes(size), StandardCharsets.UTF_8));
                    line(in);
                    for (int end; (end = text.indexOf("\n\n")) >= 0; ) {
                        String event = text.substring(0, end);
                        text.delete(0, end + 2);
                        String name = null;
                        String data = null;
                        for (String field : event.split("\n")) {
                            if (field.startsWith("event: ")) {
                                name = field.substring(7);
                            } else if (field.startsWith("data: ")) {
                                data = field.substring(6);
                            }
                        }
                        if (name != null) {
                            events.add(new String[] {name, data});
                        }
                    }
                }
            } catch (IOException | RuntimeException closed) {
                // the test or the studio ended the stream
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line; !(line = line(in)).isEmpty(); ) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String length = headers.get("content-length");
        if (length != null) {
            body.write(in.readNBytes(Integer.parseInt(length)));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int size; (size = Integer.parseInt(line(in).trim(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line(in);
            }
        } else {
            in.transferTo(body);
        }
        return new Response(status, headers, body.toByteArray());
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                throw new IOException("the connection ended inside a line: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
