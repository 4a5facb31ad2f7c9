package convreel.studio;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events to the open pages: a scene loaded (or failed to), a render's progress and its
 * end. Each page holds one response open; a comment every few seconds finds pages that have gone.
 */
final class EventStream {
    /** Open pages at most: each holds a server thread while it is open. */
    static final int MAX_PAGES = 16;
    private static final long KEEP_ALIVE_SECONDS = 10;
    private static final String CLOSED = "";

    private final Set<BlockingQueue<String>> pages = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Sends event {@code name} with {@code json} as its data to every open page. */
    void send(String name, String json) {
        String event = "event: " + name + "\ndata: " + json + "\n\n";
        for (BlockingQueue<String> page : pages) {
            page.offer(event);
        }
    }

    /**
     * Answers {@code exchange} with the stream, beginning with the event {@code name} {@code json}, and
     * returns when the page goes or the studio closes; false, at once, if too many pages are open.
     */
    boolean serve(HttpExchange exchange, String name, String json) throws IOException {
        BlockingQueue<String> page = new LinkedBlockingQueue<>();
        if (closed || pages.size() >= MAX_PAGES) {
            return false;
        }
        pages.add(page);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            page.offer("event: " + name + "\ndata: " + json + "\n\n");
            while (!closed) {
                String event = page.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (CLOSED.equals(event)) {
                    break;
                }
                body.write((event == null ? ": still here\n\n" : event).getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException stop) {
            Thread.currentThread().interrupt();
        } catch (IOException gone) {
            // the page was closed or reloaded
        } finally {
            pages.remove(page);
            exchange.close();
        }
        return true;
    }

    /** Ends every stream. */
    void close() {
        closed = true;
        for (BlockingQueue<String> page : pages) {
            page.offer(CLOSED);
        }
    }
}
