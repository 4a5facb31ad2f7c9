package convreel.studio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.Window;
import convreel.model.Cell;
import convreel.paint.FramePainter;
import convreel.render.LoadedScene;
import convreel.render.SceneOverrides;
import convreel.render.ScenePrograms;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The studio's endpoints, asked as its page asks them and as a stranger's page would. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StudioServerTest {
    /** A step at output cell [1, 1] (bias 1), then a slide; 12 frames a second, so a render is quick. */
    static final String SCENE = """
            title: "স্টুডিও"
            fps: 12
            image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
            kernels:
              - values: [[1, 0], [0, -1]]
                bias: 1
            beats:
              - show: step
                at: [1, 1]
                caption: "প্রথম"
                seconds: 1
              - caption: "%s"
                seconds: 1
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;
    private Path scene;
    private Studio studio;
    private StudioServer server;
    private RawHttp http;

    @BeforeEach
    void open() throws Exception {
        scene = dir.resolve("scene.yaml");
        Files.writeString(scene, SCENE.formatted("দ্বিতীয়"));
        studio = new Studio(scene, SceneOverrides.NONE, ScenePrograms.REFUSED, dir.resolve("out"), Duration.ofMillis(50));
        studio.start();
        server = StudioServer.start(studio, "127.0.0.1", 0);
        http = new RawHttp(server.port());
    }

    @AfterEach
    void close() {
        server.close();
        studio.close();
    }

    @Test
    void thePageComesFromTheJar() throws IOException {
        RawHttp.Response page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.headers().get("content-type").startsWith("text/html"), page.headers().toString());
        assertTrue(page.text().contains("<script src=\"/studio.js\""), page.text());
        assertTrue(page.headers().get("content-security-policy").contains("default-src 'self'"));
        assertTrue(http.get("/studio.js").text().contains("EventSource(\"/events\")"));
        assertEquals(200, http.get("/studio.css").status());
    }

    @Test
    void aFrameIsTheRendersPainterAtThatTimeAtPreviewOrFullSize() throws Exception {
        LoadedScene loaded = LoadedScene.load(scene, Optional.empty(), SceneOverrides.NONE, dir.resolve("out/.cache"),
                ScenePrograms.REFUSED);
        RawHttp.Response first = http.get("/frame?t=0.5");
        assertEquals(200, first.status(), first.text());
        assertEquals("image/png", first.headers().get("content-type"));
        assertEquals("6", first.headers().get("x-frame"), "0.5 s at 12 fps is frame 6");
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(first.body()));
        assertEquals(960, preview.getWidth());
        assertEquals(540, preview.getHeight());
        assertSamePixels(painted(loaded, 960, 540, 6), preview);

        BufferedImage later = ImageIO.read(new ByteArrayInputStream(http.get("/frame?t=1.5").body()));
        assertSamePixels(painted(loaded, 960, 540, 18), later);
        assertFalse(samePixels(preview, later), "another moment, another picture");

        BufferedImage full = ImageIO.read(new ByteArrayInputStream(http.get("/frame?t=1.5&size=full").body()));
        assertEquals(1920, full.getWidth());
        assertSamePixels(painted(loaded, 1920, 1080, 18), full);
    }

    @Test
    void aTimeOutsideTheVideoOrNoTimeIsRefusedWithTheLength() throws IOException {
        RawHttp.Response late = http.get("/frame?t=2");
        assertEquals(400, late.status());
        assertTrue(late.text().contains("lasts 2.00 s"), late.text());
        assertEquals(400, http.get("/frame?t=-0.1").status());
        assertEquals(400, http.get("/frame?t=NaN").status());
        assertEquals(400, http.get("/frame").status());
        assertEquals(400, http.get("/frame?t=1&size=huge").status());
        assertEquals(400, http.get("/moment?t=abc").status());
    }

    @Test
    void theSceneListsEachBeatsKindCaptionTimesAndCuesAsInspectDoes() throws IOException {
        JsonNode shown = JSON.readTree(http.get("/scene").text());
        assertEquals(1, shown.get("version").asInt());
        assertFalse(shown.has("problem"));
        assertEquals(12, shown.get("fps").asInt());
        assertEquals(24, shown.get("frames").asInt());
        JsonNode beats = shown.get("inspection").get("beats");
        assertEquals(2, beats.size());
        assertEquals("step", beats.get(0).get("show").asString());
        assertEquals("প্রথম", beats.get(0).get("caption").asString());
        assertEquals(1.0, beats.get(0).get("end").asDouble());
        assertEquals("slide", beats.get(1).get("show").asString());
        assertEquals("দ্বিতীয়", beats.get(1).get("caption").asString());
        List<String> cues = new ArrayList<>();
        beats.get(0).get("cues").forEach(cue -> cues.add(cue.get("cue").asString()));
        assertTrue(cues.containsAll(List.of("products 4", "sum 4", "land 4")), cues.toString());
    }

    @Test
    void theMomentGivesTheEnginesWindowProductsAndSum() throws Exception {
        JsonNode moment = JSON.readTree(http.get("/moment?t=0.95").text());
        assertEquals(11, moment.get("frame").asInt());
        assertEquals(0, moment.get("beat").asInt());
        assertEquals("step", moment.get("show").asString());
        JsonNode window = moment.get("window");
        Window expected = studio.snapshot().scene().orElseThrow().computation().primary().window(new Cell(1, 1));
        assertEquals("[1,1]", window.get("output").toString());
        assertEquals("[[5,6],[8,9]]", window.get("inputs").toString());
        assertEquals("[[1,0],[0,-1]]", window.get("weights").toString());
        assertEquals("[[5,0],[0,-9]]", window.get("products").toString());
        assertEquals(expected.sum(), window.get("sum").asDouble());
        assertEquals(-4.0, window.get("sum").asDouble());
        assertEquals(1.0, window.get("bias").asDouble());
        assertEquals(-3.0, window.get("biased").asDouble());
        assertEquals("none", window.get("activation").asString());
        assertEquals(-3.0, window.get("activated").asDouble(), "no activation (the default) keeps the value");
    }

    @Test
    void theMomentSaysWhichCuesRun() throws Exception {
        JsonNode products = null;
        for (JsonNode cue : JSON.readTree(http.get("/scene").text()).get("inspection").get("beats").get(0).get("cues")) {
            if (cue.get("cue").asString().equals("products 4")) {
                products = cue;
            }
        }
        int frame = (int) Math.ceil(products.get("start").asDouble() * 12);
        assertTrue(frame / 12.0 < products.get("end").asDouble(), "a frame inside the cue: " + products);
        assertTrue(running(JSON.readTree(http.get("/moment?t=" + (frame + 0.5) / 12).text()), "products 4"));
        assertFalse(running(JSON.readTree(http.get("/moment?t=1.5").text()), "products 4"), "a cue of the other beat");
    }

    private static boolean running(JsonNode moment, String name) {
        for (JsonNode cue : moment.get("cues")) {
            if (cue.get("cue").asString().equals(name)) {
                return cue.get("running").asBoolean();
            }
        }
        return false;
    }

    @Test
    void aSaveReachesThePageAndABrokenSaveShowsItsLineAndKeepsThePicture() throws Exception {
        try (RawHttp.Events events = http.events()) {
            assertEquals("{\"version\":1}", events.next("scene", 10));
            Files.writeString(scene, SCENE.formatted("বদলেছে"));
            assertEquals("{\"version\":2}", events.next("scene", 10));
            JsonNode edited = JSON.readTree(http.get("/scene").text());
            assertEquals("বদলেছে", edited.get("inspection").get("beats").get(1).get("caption").asString());

            Files.writeString(scene, SCENE.formatted("বদলেছে").replace("seconds: 1\n  - caption", "seconds: -1\n  - caption"));
            assertEquals("{\"version\":3}", events.next("scene", 10));
            JsonNode broken = JSON.readTree(http.get("/scene").text());
            JsonNode problem = broken.get("problem");
            assertEquals(11, problem.get("line").asInt(), problem.toString());
            assertEquals(14, problem.get("column").asInt(), problem.toString());
            assertTrue(problem.get("message").asString().startsWith(scene + ":11:14: beat 1 lasts -1 seconds"), problem.toString());
            assertEquals("বদলেছে", broken.get("inspection").get("beats").get(1).get("caption").asString(),
                    "the last good version is still shown");
            assertEquals(200, http.get("/frame?t=1").status(), "and so is its picture");
        }
    }

    @Test
    void pathsThatClimbOrNameFilesAreNotFound() throws IOException {
        Files.writeString(dir.resolve("secret.txt"), "not for the page");
        for (String path : List.of("/../pom.xml", "/studio.js/../../pom.xml", "/%2e%2e/%2e%2e/etc/passwd",
                "/..%2f..%2fetc%2fpasswd", "//etc/passwd", "/scene.yaml", "/secret.txt", "/frame/../../secret.txt",
                "/video/../secret.txt", "/studio/index.html", "/fonts/", "/index.html", "/C:%5cWindows")) {
            RawHttp.Response answer = http.get(path);
            assertEquals(404, answer.status(), path + ": " + answer.text());
            assertFalse(answer.text().contains("not for the page") || answer.text().contains("root:"), path);
        }
        assertEquals(404, http.get("/video").status(), "no render has written a video yet");
        assertEquals(405, http.send("DELETE", "/scene", Map.of("Origin", "http://127.0.0.1:" + server.port())).status());
    }

    @Test
    void otherHostsAndOriginsAreRefused() throws IOException {
        int port = server.port();
        assertEquals(403, http.send("GET", "/scene", Map.of("Host", "evil.example:" + port)).status(),
                "a name rebound to this machine");
        assertEquals(403, http.send("GET", "/scene", Map.of("Host", "127.0.0.1:" + (port + 1))).status());
        assertEquals(403, http.send("GET", "/frame?t=0", Map.of("Origin", "http://evil.example")).status());
        assertEquals(403, http.send("GET", "/frame?t=0", Map.of("Sec-Fetch-Site", "cross-site")).status());
        assertEquals(403, http.send("POST", "/render", Map.of()).status(), "a change needs the page's own origin");
        assertEquals(403, http.send("POST", "/render", Map.of("Origin", "http://localhost.evil.example:" + port)).status());
        assertEquals(200, http.send("GET", "/scene", Map.of("Host", "localhost:" + port)).status());
        assertEquals(200, http.send("GET", "/scene", Map.of("Origin", "http://127.0.0.1:" + port,
                "Sec-Fetch-Site", "same-origin")).status());
    }

    @Test
    void theRenderButtonWritesTheVideoReportsProgressAndServesThatVideoOnly() throws Exception {
        try (RawHttp.Events events = http.events()) {
            events.next("scene", 10);
            RawHttp.Response started = http.send("POST", "/render", Map.of("Origin", "http://127.0.0.1:" + server.port()));
            assertEquals(202, started.status(), started.text());
            assertTrue(events.next("render", 10).endsWith(",\"total\":24}"));
            String done = events.next("rendered", 50);
            assertTrue(done.contains("\"file\":\"scene.mp4\""), done);
        }
        RawHttp.Response video = http.get("/video");
        assertEquals(200, video.status());
        assertEquals("video/mp4", video.headers().get("content-type"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("out/scene.mp4")), video.body());

        Files.writeString(dir.resolve("out/scene.mp4"), "another program's file now");
        assertEquals(404, http.get("/video").status(), "a file that is no longer the render's is not sent");
    }

    private static BufferedImage painted(LoadedScene loaded, int width, int height, int frame) {
        FramePainter painter = loaded.painter(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        painter.paint(g, loaded.timeline().at(frame));
        g.dispose();
        return image;
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertTrue(samePixels(expected, actual), "the studio's frame is the painter's frame");
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    return false;
                }
            }
        }
        return true;
    }
}
