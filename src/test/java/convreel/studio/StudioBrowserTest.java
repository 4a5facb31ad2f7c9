package convreel.studio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.render.SceneOverrides;
import convreel.render.ScenePrograms;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The studio in a real browser: Debian's Chromium, driven through its own chromedriver (both
 * installed by {@code .ci/run}), never a browser or driver downloaded by Selenium Manager.
 */
class StudioBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Selenium looks for a DevTools binding of this Chromium's version, which the test does not use; its warning is noise. */
    private static final Logger CDP = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP.setLevel(Level.SEVERE);
    }

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void thePageListsTheBeatsScrubsFollowsASaveAndShowsAnErrorAtItsLine() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)");
        Path scene = dir.resolve("scene.yaml");
        Files.writeString(scene, StudioServerTest.SCENE.formatted("দ্বিতীয়"));
        try (Studio studio = new Studio(scene, SceneOverrides.NONE, ScenePrograms.REFUSED, dir.resolve("out"), Duration.ofMillis(50))) {
            studio.start();
            try (StudioServer server = StudioServer.start(studio, "127.0.0.1", 0)) {
                ChromeDriver browser = chromium(dir.resolve("profile"));
                try {
                    direct(browser, server.address(), scene);
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static void direct(ChromeDriver browser, String address, Path scene) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(address);

        // The beat list: each beat's number, kind and caption.
        wait.until(b -> b.findElements(By.cssSelector("#beat-list tr")).size() == 2);
        List<WebElement> beats = browser.findElements(By.cssSelector("#beat-list tr"));
        assertTrue(beats.get(0).getText().startsWith("1 step প্রথম 0.00 s 1.00 s"), beats.get(0).getText());
        assertTrue(beats.get(1).getText().startsWith("2 slide দ্বিতীয় 1.00 s 2.00 s"), beats.get(1).getText());

        // The first frame, then the scrubber moved three quarters along: another frame, another picture, the second beat.
        WebElement frame = browser.findElement(By.id("frame"));
        wait.until(b -> "0".equals(frame.getDomAttribute("data-frame")) && shown(browser));
        long first = checksum(browser);
        WebElement scrubber = browser.findElement(By.id("scrubber"));
        new Actions(browser).moveToElement(scrubber, scrubber.getSize().getWidth() / 4, 0).click().perform();
        wait.until(b -> !"0".equals(frame.getDomAttribute("data-frame")) && shown(browser));
        int moved = Integer.parseInt(frame.getDomAttribute("data-frame"));
        assertTrue(moved > 12, "three quarters of 24 frames, in the second beat: " + moved);
        assertNotEquals(first, checksum(browser), "the picture changed");
        wait.until(b -> "2 of 2: slide".equals(b.findElement(By.id("beat-number")).getDomProperty("textContent")));
        assertTrue(browser.findElement(By.id("computation")).getText().contains("kernel 'kernel 1'"),
                browser.findElement(By.id("computation")).getText());

        // A save: the page follows.
        Files.writeString(scene, StudioServerTest.SCENE.formatted("নতুন কথা"));
        wait.until(b -> b.findElements(By.cssSelector("#beat-list tr")).get(1).getText().contains("নতুন কথা"));

        // A broken save: the message with its line, and the last good picture stays.
        Files.writeString(scene, StudioServerTest.SCENE.formatted("নতুন কথা").replace("seconds: 1\n  - caption",
                "seconds: -1\n  - caption"));
        WebElement problem = browser.findElement(By.id("problem"));
        wait.until(b -> problem.isDisplayed());
        assertTrue(problem.getText().contains("scene.yaml:11:14: beat 1 lasts -1 seconds"), problem.getText());
        assertTrue(problem.getText().contains("11 |     seconds: -1"), problem.getText());
        assertEquals("error at line 11, column 14 \u2014 showing the last good version", browser.findElement(By.id("status")).getText());
        assertTrue(shown(browser), "the last good picture is still there");
    }

    /** Whether the frame on the page has been drawn: loaded and non-empty. */
    private static boolean shown(ChromeDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "const img = document.getElementById('frame'); return img.complete && img.naturalWidth > 0;"));
    }

    /** A sum over the pixels of the picture the page shows, as the browser decoded it. */
    private static long checksum(ChromeDriver browser) {
        Object sum = ((JavascriptExecutor) browser).executeScript("""
                const img = document.getElementById('frame');
                const canvas = document.createElement('canvas');
                canvas.width = img.naturalWidth;
                canvas.height = img.naturalHeight;
                const g = canvas.getContext('2d');
                g.drawImage(img, 0, 0);
                const data = g.getImageData(0, 0, canvas.width, canvas.height).data;
                let sum = 0;
                for (let i = 0; i < data.length; i += 4) sum = (sum * 31 + data[i] + 7 * data[i + 1] + 13 * data[i + 2]) % 1000000007;
                return sum;""");
        return ((Number) sum).longValue();
    }

    /** Headless Chromium with a fresh profile, and nothing that reaches out to the network on its own. */
    static ChromeDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
