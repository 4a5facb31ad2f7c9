package convreel.studio;

import convreel.batch.OutputNames;
import convreel.export.pipeline.Quality;
import convreel.render.LoadedScene;
import convreel.render.RenderResult;
import convreel.render.RenderSettings;
import convreel.render.SceneVideo;
import convreel.script.SceneException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.Optional;

/**
 * The render the page's button starts: the final video of the scene as shown, written by
 * {@link SceneVideo} as {@code convreel render} writes it ({@code <out>/<scene>.mp4}, through the
 * segment cache), one at a time, its progress sent to the pages. Only the video the last render wrote
 * is ever served back.
 */
final class FinalRender {
    /** Progress events at most this often: a page needs no more, and a render makes thousands of frames. */
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final Path out;
    private final EventStream events;
    private Thread running;
    /** The video the last render wrote, with its size and time then, so that a file put there since is not taken for it. */
    private Written video;

    private record Written(Path file, long bytes, FileTime modified) {
        boolean unchanged() {
            try {
                return Files.size(file) == bytes && Files.getLastModifiedTime(file).equals(modified);
            } catch (IOException gone) {
                return false;
            }
        }
    }

    FinalRender(Path out, EventStream events) {
        this.out = out;
        this.events = events;
    }

    /** Loads the scene to render as {@code convreel render} would: checked in every format. */
    interface Loader {
        LoadedScene load() throws SceneException, IOException;
    }

    /** Loads the scene and renders it on a thread of its own; false if a render is still running. */
    synchronized boolean start(Loader loader) {
        if (running != null && running.isAlive()) {
            return false;
        }
        running = new Thread(() -> run(loader), "convreel-studio-render");
        running.setDaemon(true);
        running.start();
        return true;
    }

    /** Whether a render is running. */
    synchronized boolean busy() {
        return running != null && running.isAlive();
    }

    /** The video the last render that finished wrote, if one has and the file is still the one it wrote. */
    synchronized Optional<Path> video() {
        return video != null && video.unchanged() ? Optional.of(video.file()) : Optional.empty();
    }

    private void run(Loader loader) {
        long[] last = {System.nanoTime()};
        try {
            LoadedScene loaded = loader.load();
            int total = loaded.timeline().frameCount();
            events.send("render", progress(0, total));
            SceneVideo scene = new SceneVideo(loaded, out.resolve(SceneVideo.CACHE),
                    new RenderSettings(Quality.FINAL, true, Runtime.getRuntime().availableProcessors()));
            Path target = OutputNames.inside(out, OutputNames.safe(scene.name()) + OutputNames.VIDEO_EXTENSION);
            synchronized (this) {
                // The file is about to be replaced: until it is whole again, it is not served.
                video = null;
            }
            RenderResult result = scene.render(target, done -> {
                long now = System.nanoTime();
                if (now - last[0] >= PROGRESS_NANOS) {
                    last[0] = now;
                    events.send("render", progress(done, total));
                }
            });
            synchronized (this) {
                video = new Written(result.video(), Files.size(result.video()), Files.getLastModifiedTime(result.video()));
            }
            events.send("rendered", String.format(Locale.ROOT, "{\"file\":%s,\"bytes\":%d,\"seconds\":%.1f}",
                    Json.string(result.video().getFileName().toString()), result.bytes(),
                    result.renderTime().toNanos() / 1e9));
        } catch (InterruptedIOException stopped) {
            events.send("render-failed", "{\"message\":\"stopped\"}");
        } catch (SceneException | IOException | RuntimeException failed) {
            String message = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            events.send("render-failed", "{\"message\":" + Json.string(message) + "}");
        }
    }

    private static String progress(int done, int total) {
        return "{\"done\":" + done + ",\"total\":" + total + "}";
    }

    /** Stops a render in progress; it removes its partial outputs and leaves the last good video in place. */
    synchronized void close() {
        if (running != null) {
            running.interrupt();
        }
    }
}
