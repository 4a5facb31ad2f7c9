package convreel.studio;

import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import convreel.render.Inspection;
import convreel.render.LoadedScene;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The studio's HTTP side, on the JDK's own server. It knows a fixed list of paths and nothing else:
 * <ul>
 * <li>{@code GET /}, {@code /studio.css}, {@code /studio.js}: the page, from the jar; {@code /fonts/bengali.ttf}
 *     and {@code /fonts/latin.ttf}: the fonts the video is drawn with, from the jar too;</li>
 * <li>{@code GET /scene}: the version, the problem if the file on disk has one, and the shown scene's
 *     size, frame rate and {@code inspect --json} (beats, cues, maps);</li>
 * <li>{@code GET /frame?t=SECONDS&size=preview|full}: the frame at that time as PNG, painted now;</li>
 * <li>{@code GET /moment?t=SECONDS}: the beat, its cues and the window's computation at that time;</li>
 * <li>{@code GET /events}: server-sent events ({@code scene}, {@code render}, {@code rendered}, {@code render-failed});</li>
 * <li>{@code POST /render}: starts the final render; {@code GET /video}: the video it wrote.</li>
 * </ul>
 * No part of a request's path or query names a file: frames are computed from a time, and the one
 * file served is the video the last render wrote. Every request passes the {@link RequestGuard} first.
 */
public final class StudioServer implements AutoCloseable {
    /** Threads answering requests: each open page holds one for its events, the rest paint and answer. */
    private static final int THREADS = EventStream.MAX_PAGES + 8;
    private static final int LONGEST_QUERY = 200;
    private static final String PAGE = "default-src 'self'; img-src 'self' data:; media-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final Studio studio;
    private final HttpServer server;
    private final ExecutorService threads;
    private final RequestGuard guard;
    private final Map<String, Route> routes = new HashMap<>();

    private interface Route {
        void answer(HttpExchange exchange, Map<String, String> query) throws IOException;
    }

    private StudioServer(Studio studio, HttpServer server, RequestGuard guard) {
        this.studio = studio;
        this.server = server;
        this.guard = guard;
        this.threads = Executors.newFixedThreadPool(THREADS, work -> {
            Thread thread = new Thread(work, "convreel-studio-http");
            thread.setDaemon(true);
            return thread;
        });
        routes.put("GET /", (exchange, query) -> resource(exchange, "index.html", "text/html; charset=utf-8"));
        routes.put("GET /studio.css", (exchange, query) -> resource(exchange, "studio.css", "text/css; charset=utf-8"));
        routes.put("GET /studio.js", (exchange, query) -> resource(exchange, "studio.js", "text/javascript; charset=utf-8"));
        // The page writes Bangla with the fonts the video is drawn with, from the jar, whatever the browser's machine has.
        routes.put("GET /fonts/bengali.ttf", (exchange, query) -> font(exchange, "NotoSansBengali-Regular.ttf"));
        routes.put("GET /fonts/latin.ttf", (exchange, query) -> font(exchange, "NotoSans-Regular.ttf"));
        routes.put("GET /scene", (exchange, query) -> json(exchange, 200, Json.of(this::scene)));
        routes.put("GET /frame", this::frame);
        routes.put("GET /moment", this::moment);
        routes.put("GET /events", this::events);
        routes.put("POST /render", this::render);
        routes.put("GET /video", this::video);
    }

    /**
     * Serves {@code studio} on {@code host} (a name or address; {@code 127.0.0.1} keeps it to this
     * machine) at {@code port} (0: any free port).
     */
    public static StudioServer start(Studio studio, String host, int port) throws IOException {
        InetAddress address = InetAddress.getByName(host);
        HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
        int bound = server.getAddress().getPort();
        StudioServer studioServer = new StudioServer(studio, server, new RequestGuard(host, address, bound));
        server.createContext("/", studioServer::handle);
        server.setExecutor(studioServer.threads);
        server.start();
        return studioServer;
    }

    /** The page's address, such as {@code http://127.0.0.1:7310/}. */
    public String address() {
        return guard.address();
    }

    /** The port the studio listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        studio.events().close();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            Optional<String> refused = guard.refusal(exchange.getRequestHeaders(), exchange.getRequestMethod());
            if (refused.isPresent()) {
                text(exchange, 403, refused.get());
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            Route route = routes.get(exchange.getRequestMethod() + " " + path);
            if (route == null) {
                boolean known = routes.keySet().stream().anyMatch(key -> key.endsWith(" " + path));
                text(exchange, known ? 405 : 404, known ? exchange.getRequestMethod() + " is not answered at " + path
                        : "the studio has no page " + path);
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            route.answer(exchange, query);
        } catch (BadRequest bad) {
            text(exchange, 400, bad.getMessage());
        } catch (IOException | RuntimeException failed) {
            String message = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            text(exchange, 500, message);
        } finally {
            exchange.close();
        }
    }

    private void scene(JsonGenerator json) throws IOException {
        Studio.Snapshot shown = studio.snapshot();
        json.writeStartObject();
        json.writeNumberField("version", shown.version());
        json.writeStringField("file", studio.sceneFile().toString());
        if (shown.problem().isPresent()) {
            SceneProblem problem = shown.problem().get();
            json.writeObjectFieldStart("problem");
            json.writeStringField("message", problem.message());
            json.writeNumberField("line", problem.line());
            json.writeNumberField("column", problem.column());
            json.writeEndObject();
        }
        if (shown.pictures() != null) {
            LoadedScene loaded = shown.pictures().loaded();
            json.writeStringField("name", loaded.scene().name());
            json.writeNumberField("fps", loaded.scene().fps());
            json.writeNumberField("frames", loaded.timeline().frameCount());
            json.writeNumberField("width", loaded.width());
            json.writeNumberField("height", loaded.height());
            int[] preview = shown.pictures().dimensions(FrameSize.PREVIEW);
            json.writeNumberField("previewWidth", preview[0]);
            json.writeNumberField("previewHeight", preview[1]);
            json.writeFieldName("inspection");
            Inspection.write(loaded, json);
        }
        json.writeObjectFieldStart("render");
        json.writeBooleanField("busy", studio.render().busy());
        Optional<Path> video = studio.render().video();
        if (video.isPresent()) {
            json.writeStringField("video", video.get().getFileName().toString());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The scene as last loaded, or null once the page is told (409) that no version has loaded yet. */
    private Studio.Snapshot loaded(HttpExchange exchange) throws IOException {
        Studio.Snapshot shown = studio.snapshot();
        if (shown.pictures() == null) {
            text(exchange, 409, "no version of the scene has loaded yet: " + studio.problem().orElse("it is loading"));
            return null;
        }
        return shown;
    }

    private void frame(HttpExchange exchange, Map<String, String> query) throws IOException {
        Studio.Snapshot shown = loaded(exchange);
        if (shown == null) {
            return;
        }
        LoadedScene loaded = shown.pictures().loaded();
        int frame = frameAt(loaded, query);
        FrameSize size = FrameSize.byWord(query.getOrDefault("size", "preview"))
                .orElseThrow(() -> new BadRequest("size=" + query.get("size") + ": the size is preview or full"));
        long start = System.nanoTime();
        byte[] png = shown.pictures().png(frame, size);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // A frame is a pure function of its number and the scene's version, which the page puts in the address.
        boolean current = Integer.toString(shown.version()).equals(query.get("v"));
        exchange.getResponseHeaders().set("Cache-Control", current ? "private, max-age=3600" : "no-store");
        exchange.getResponseHeaders().set("Server-Timing", "paint;dur=" + millis);
        exchange.getResponseHeaders().set("X-Frame", Integer.toString(frame));
        send(exchange, 200, "image/png", png);
    }

    private void moment(HttpExchange exchange, Map<String, String> query) throws IOException {
        Studio.Snapshot shown = loaded(exchange);
        if (shown == null) {
            return;
        }
        LoadedScene loaded = shown.pictures().loaded();
        int frame = frameAt(loaded, query);
        json(exchange, 200, Json.of(json -> Moment.write(loaded, frame, json)));
    }

    /** The frame at {@code t=SECONDS}, which must lie inside the video (as {@code frame --at} requires). */
    private static int frameAt(LoadedScene loaded, Map<String, String> query) {
        String given = query.get("t");
        if (given == null) {
            throw new BadRequest("give the time: t=SECONDS");
        }
        double seconds;
        try {
            seconds = Double.parseDouble(given);
        } catch (NumberFormatException notNumber) {
            throw new BadRequest("t=" + given + ": not a number of seconds");
        }
        Optional<String> outside = loaded.timeline().outside(seconds);
        if (outside.isPresent()) {
            throw new BadRequest("t=" + given + ": " + outside.get());
        }
        return loaded.timeline().frameAt(seconds);
    }

    private void events(HttpExchange exchange, Map<String, String> query) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (!studio.events().serve(exchange, "scene", "{\"version\":" + studio.snapshot().version() + "}")) {
            text(exchange, 503, "too many pages are open on this studio (at most " + EventStream.MAX_PAGES + ")");
        }
    }

    private void render(HttpExchange exchange, Map<String, String> query) throws IOException {
        Studio.Snapshot shown = studio.snapshot();
        if (shown.problem().isPresent() || shown.pictures() == null) {
            text(exchange, 409, "the scene file has an error; fix it first:\n" + studio.problem().orElse("it is loading"));
        } else if (!studio.startRender()) {
            text(exchange, 409, "a render is running; wait for it to finish");
        } else {
            json(exchange, 202, "{\"started\":true}");
        }
    }

    private void video(HttpExchange exchange, Map<String, String> query) throws IOException {
        Optional<Path> video = studio.render().video();
        if (video.isEmpty()) {
            text(exchange, 404, "no render has finished yet: press Render");
            return;
        }
        long size;
        try {
            size = Files.size(video.get());
        } catch (NoSuchFileException gone) {
            text(exchange, 404, "the rendered video is gone: render again");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "video/mp4");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("Content-Disposition",
                "inline; filename=\"" + video.get().getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        exchange.sendResponseHeaders(200, size);
        try (InputStream in = Files.newInputStream(video.get()); OutputStream body = exchange.getResponseBody()) {
            in.transferTo(body);
        }
    }

    private void resource(HttpExchange exchange, String name, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, 200, type, fromJar("/studio/" + name));
    }

    private void font(HttpExchange exchange, String name) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "private, max-age=86400");
        send(exchange, 200, "font/ttf", fromJar("/fonts/" + name));
    }

    private static byte[] fromJar(String name) throws IOException {
        try (InputStream in = StudioServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from convreel's jar");
            }
            return in.readAllBytes();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        if (raw.length() > LONGEST_QUERY) {
            throw new BadRequest("the query is longer than " + LONGEST_QUERY + " characters");
        }
        try {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                query.put(key, value);
            }
        } catch (IllegalArgumentException badEscape) {
            throw new BadRequest("the query is not URL-encoded: " + badEscape.getMessage());
        }
        return query;
    }

    private static void json(HttpExchange exchange, int status, String json) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    private static void text(HttpExchange exchange, int status, String text) {
        try {
            send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException gone) {
            // the client left before the answer
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A request the studio cannot answer as asked: a 400 with the reason. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
