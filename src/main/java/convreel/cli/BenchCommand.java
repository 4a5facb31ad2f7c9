package convreel.cli;

import convreel.export.pipeline.Quality;
import convreel.export.pipeline.RenderBenchmark;
import convreel.io.FileTrees;
import convreel.model.Beat;
import convreel.model.Scene;
import convreel.render.LoadedScene;
import convreel.render.RenderSettings;
import convreel.render.ScenePrograms;
import convreel.render.SceneVideo;
import convreel.timeline.BeatSpan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures a render of SCENE (default: scenes/convolution.yaml) in one run: a cold render through "
                + "an empty cache (when its first frame reached x264, its peak memory), a re-render after changing one "
                + "caption, painting alone (one thread), and the floor: FFmpeg's own x264 encoding the same frames, "
                + "painted and converted beforehand, with the render's settings; then the whole render command of the "
                + "motion-heavy scene (--motion), start-up included, against its own floor; then validate and frame "
                + "of SCENE, whole commands as a new process each. Wall and processor time. Writes only to a temporary folder.",
                "--minutes M renders instead a scene of M minutes made by repeating SCENE's beats (their captions "
                        + "numbered, so no two repeats look alike); with --render-only, to compare the memory of a long "
                        + "and a short video."})
final class BenchCommand implements Callable<Integer> {
    /** A cold render of the default video against FFmpeg's own x264 on the same frames. */
    private static final double TARGET_RATIO = 1.15;
    /** The whole render command of a scene whose every frame is new, start-up included, against the same floor. */
    private static final double TARGET_MOTION_RATIO = 1.3;
    /** Frames painted and converted ahead of the floor's encoder at a time: 190 MB of yuv420p at 1080p. */
    private static final int CHUNK = 60;
    private static final double TARGET_RERENDER = 0.15;
    private static final long TARGET_MEMORY = 1L << 30;
    /** {@code validate} and {@code frame}, whole commands on this machine. */
    private static final double TARGET_VALIDATE_SECONDS = 0.5;
    private static final double TARGET_FRAME_SECONDS = 0.8;
    /** Seconds of video rendered first, so the code is compiled before anything is timed. */
    private static final double WARM_UP_SECONDS = 8;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENE", arity = "0..1", defaultValue = "scenes/convolution.yaml",
            description = "The scene file (default: ${DEFAULT-VALUE}).")
    Path sceneFile;

    @CommandLine.Mixin
    FormatOption format;

    @CommandLine.Mixin
    AllowCommandsOption allowCommands;

    @Option(names = "--quality", paramLabel = "QUALITY", converter = RenderOptions.QualityConverter.class,
            defaultValue = "final", description = "final (default) or draft.")
    Quality quality;

    @Option(names = "--threads", paramLabel = "N", description = "Painting threads (default: the available processors).")
    Integer threads;

    @Option(names = "--minutes", paramLabel = "M", description = "Render a scene of M minutes made from SCENE's beats.")
    Double minutes;

    @Option(names = "--encoders", paramLabel = "N", defaultValue = "1",
            description = "Beats the cold render encodes at once, each with its own x264 (default: ${DEFAULT-VALUE}).")
    int encoders;

    @Option(names = "--render-only", description = "Only the cold render and its memory; no re-render, painting, floor, motion-heavy command or start-up.")
    boolean renderOnly;

    @Option(names = "--chunk", paramLabel = "FRAMES", hidden = true, description = "Frames painted ahead at a time for the floor.")
    Integer chunk;

    /** Five: the median is steadier than one run on a shared machine. */
    @Option(names = "--start-up-runs", paramLabel = "N", hidden = true, defaultValue = "5",
            description = "Runs of each short command timed for start-up.")
    int startUpRuns;

    @Option(names = "--motion", paramLabel = "SCENE", defaultValue = "scenes/bench/slide.yaml",
            description = "The motion-heavy scene, nearly every frame new, whose whole render command is timed against "
                    + "its floor (default: ${DEFAULT-VALUE}).")
    Path motionScene;

    @Override
    public Integer call() throws Exception {
        int painters = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (painters < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads " + threads + ": expected at least 1");
        }
        if (encoders < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--encoders " + encoders + ": expected at least 1");
        }
        if (minutes != null && !(minutes > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--minutes " + minutes + ": expected a positive length");
        }
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("convreel-bench");
        try {
            Path cache = work.resolve("out").resolve(SceneVideo.CACHE);
            ScenePrograms programs = allowCommands.programs();
            Scene scene = LoadedScene.validated(sceneFile, programs).get(0);
            scene = format.chosen().map(scene::withFormat).orElse(scene);
            if (minutes != null) {
                scene = lengthened(scene, minutes * 60);
            }
            LoadedScene loaded = LoadedScene.of(sceneFile, scene, cache, programs);
            RenderSettings settings = new RenderSettings(quality, true, painters, encoders);
            int frames = loaded.timeline().frameCount();
            out.printf(Locale.ROOT, "bench %s%s: %d frames (%s), %d×%d at %d fps, %s quality (x264 %s), %d painting threads, %d processors%n",
                    sceneFile, minutes == null ? "" : String.format(Locale.ROOT, " lengthened to %.1f min", minutes),
                    frames, clock(frames / (double) scene.fps()), quality.size(loaded.width()), quality.size(loaded.height()),
                    scene.fps(), quality.label(), quality.preset(), painters, Runtime.getRuntime().availableProcessors());
            out.flush();

            warmUp(scene, work, settings, programs);

            SceneVideo render = new SceneVideo(loaded, cache, settings);
            SceneVideo.Outcome cold;
            MemorySampler memory;
            long[] firstFrame = {0};
            try (MemorySampler sampler = new MemorySampler()) {
                memory = sampler;
                long start = System.nanoTime();
                cold = render.render(work.resolve("out").resolve("video.mp4"), false, false, done -> {
                    if (firstFrame[0] == 0 && done > 0) {
                        firstFrame[0] = System.nanoTime() - start;
                    }
                });
            }
            double renderSeconds = cold.result().renderTime().toNanos() / 1e9;
            out.printf(Locale.ROOT, "  render      %7.1f s  cold, through an empty cache: %.2f ms a frame, %.1f s of processor time (%s)%n",
                    renderSeconds, renderSeconds * 1e3 / frames, memory.ownCpuSeconds(), cold.cacheUse().map(CacheSummary::of).orElse(""));
            out.printf(Locale.ROOT, "  first frame %7.2f s  after the render started, handed to x264 (the scene loaded already)%n",
                    firstFrame[0] / 1e9);
            out.printf(Locale.ROOT, "  memory      %7.0f MiB peak resident (target ≤ %d MiB); Java heap: %.0f MiB taken from the "
                    + "system, %.0f MiB peak in use, %.0f MiB kept after a collection%n", mib(memory.peakRssBytes()),
                    TARGET_MEMORY >> 20, mib(memory.peakHeapCommittedBytes()), mib(memory.peakHeapBytes()),
                    mib(memory.peakHeapAfterGcBytes()));
            long[] quarters = memory.residentByQuarter();
            out.printf(Locale.ROOT, "  resident    %7.0f MiB at a quarter of the render, %.0f at half, %.0f at three quarters, %.0f at the end%n",
                    mib(quarters[0]), mib(quarters[1]), mib(quarters[2]), mib(quarters[3]));
            out.printf(Locale.ROOT, "  other load  %7.2f processors busy outside this process during the render%n", memory.otherCores());
            out.flush();
            if (renderOnly) {
                return 0;
            }

            int edited = longestCaptionedBeat(loaded);
            Scene changed = withCaption(scene, edited, scene.beats().get(edited).caption() + " (বদলানো)");
            SceneVideo again = new SceneVideo(LoadedScene.of(sceneFile, changed, cache, programs), cache, settings);
            SceneVideo.Outcome warm = again.render(work.resolve("out").resolve("video.mp4"), false, false, done -> { });
            double rerenderSeconds = warm.result().renderTime().toNanos() / 1e9;
            BeatSpan span = loaded.timeline().spans().get(edited);
            out.printf(Locale.ROOT, "  re-render   %7.1f s  after changing the caption of beat %d (the longest, %.1f s): "
                    + "%.1f%% of the cold render (target ≤ %.0f%%; %s)%n", rerenderSeconds, edited + 1,
                    span.frameCount() / (double) scene.fps(), 100 * rerenderSeconds / renderSeconds, 100 * TARGET_RERENDER,
                    warm.cacheUse().map(CacheSummary::of).orElse(""));
            out.flush();

            RenderBenchmark parts = new RenderBenchmark(loaded.timeline(),
                    () -> loaded.painter(quality.size(loaded.width()), quality.size(loaded.height())), painters);
            RenderBenchmark.Painting painting = parts.paintOnly();
            out.printf(Locale.ROOT, "  paint       %7.2f ms a frame on one thread (all %d frames; %d repeat the frame before, "
                    + "and a render does not paint them again)%n", painting.millisPerFrame(), painting.frames(), painting.repeats());
            out.flush();
            RenderBenchmark.Floor floor = parts.x264Floor(work.resolve("floor.mp4"), quality.preset(),
                    chunk == null ? CHUNK : chunk);
            printFloor(out, renderSeconds, floor, TARGET_RATIO);

            motionHeavy(out, work, programs, painters);
            if (minutes == null) {
                startUp(out, work, loaded);
            }
            return 0;
        } finally {
            try {
                FileTrees.delete(work);
            } catch (IOException | UncheckedIOException e) {
                // a temporary folder; the system cleans it up eventually
            }
        }
    }

    /** Renders the first seconds of the scene once, untimed, so the timed runs find their code compiled. */
    private static void warmUp(Scene scene, Path work, RenderSettings settings, ScenePrograms programs) throws Exception {
        List<Beat> beats = new ArrayList<>();
        double seconds = 0;
        for (Beat beat : scene.beats()) {
            if (seconds >= WARM_UP_SECONDS) {
                break;
            }
            beats.add(beat);
            seconds += beat.seconds();
        }
        Scene start = scene.withBeats(beats, Scene.silent(beats));
        Path cache = work.resolve("warm-up").resolve(SceneVideo.CACHE);
        LoadedScene loaded = LoadedScene.of(Path.of(scene.name() + ".yaml"), start, cache, programs);
        new SceneVideo(loaded, cache, settings).render(work.resolve("warm-up").resolve("video.mp4"), false, false, done -> { });
        new SceneVideo(loaded, cache, new RenderSettings(settings.quality(), false, settings.threads(), 1))
                .render(work.resolve("warm-up").resolve("straight.mp4"), false, false, done -> { });
    }

    /** {@code scene}'s beats repeated to last {@code seconds}, silent; each repeat's captions numbered. */
    static Scene lengthened(Scene scene, double seconds) {
        List<Beat> beats = new ArrayList<>();
        double total = 0;
        for (int round = 1; total < seconds; round++) {
            for (Beat beat : scene.beats()) {
                if (total >= seconds) {
                    break;
                }
                double length = Math.min(beat.seconds(), seconds - total);
                String caption = round == 1 ? beat.caption() : beat.caption() + " (" + round + ")";
                beats.add(new Beat(caption, length, beat.show()));
                total += length;
            }
        }
        return scene.withBeats(beats, Scene.silent(beats));
    }

    private static Scene withCaption(Scene scene, int index, String caption) {
        List<Beat> beats = new ArrayList<>(scene.beats());
        Beat beat = beats.get(index);
        beats.set(index, new Beat(caption, beat.seconds(), beat.show()));
        return scene.withBeats(beats, scene.voiceover());
    }

    /** The longest beat that shows a caption: the costliest single caption edit. */
    private static int longestCaptionedBeat(LoadedScene loaded) {
        return loaded.timeline().spans().stream()
                .filter(span -> !span.beat().caption().isBlank())
                .max(Comparator.comparingInt(BeatSpan::frameCount))
                .map(BeatSpan::index)
                .orElse(0);
    }

    private static void printFloor(PrintWriter out, double renderSeconds, RenderBenchmark.Floor floor, double target) {
        double floorSeconds = floor.encodeNanos() / 1e9;
        out.printf(Locale.ROOT, "  x264 floor  %7.1f s  FFmpeg's own x264 on the same frames (yuv420p in memory, the render's "
                + "settings): %.2f ms a frame, %.1f s of processor time; colour conversion, which the floor does not pay, "
                + "took %.2f ms of processor time a frame%n", floorSeconds, floor.encodeMillisPerFrame(),
                floor.encodeCpuNanos() / 1e9, floor.convertMillisPerFrame());
        out.printf(Locale.ROOT, "  ratio       %7.2f    render / x264 floor (target ≤ %.2f)%n", renderSeconds / floorSeconds, target);
        out.flush();
    }

    /**
     * Times FFmpeg's own x264 on the motion-heavy scene's frames, then the whole {@code render} command of
     * that scene in a new JVM started as this one was (its start-up included, no cache).
     */
    private void motionHeavy(PrintWriter out, Path work, ScenePrograms programs, int painters) throws Exception {
        Scene scene = LoadedScene.validated(motionScene, programs).get(0);
        scene = format.chosen().map(scene::withFormat).orElse(scene);
        LoadedScene loaded = LoadedScene.of(motionScene, scene, work.resolve("motion").resolve(SceneVideo.CACHE), programs);
        RenderBenchmark parts = new RenderBenchmark(loaded.timeline(),
                () -> loaded.painter(quality.size(loaded.width()), quality.size(loaded.height())), painters);
        // The floor first: its fingerprints also count the frames that repeat, for the heading.
        RenderBenchmark.Floor floor = parts.x264Floor(work.resolve("motion-floor.mp4"), quality.preset(), CHUNK);
        out.printf(Locale.ROOT, "motion-heavy %s: %d frames, %d of them repeat the frame before%n", motionScene,
                floor.frames(), floor.repeats());
        out.flush();
        List<String> arguments = new ArrayList<>(List.of("render", motionScene.toString(), "--no-cache", "--quality",
                quality.label(), "--out", work.resolve("motion").toString()));
        format.chosen().ifPresent(chosen -> arguments.addAll(List.of("--format", chosen.label())));
        Run render = run(arguments);
        out.printf(Locale.ROOT, "  command     %7.2f s  the whole render command, start-up included, %.1f s of processor time: "
                + "convreel render %s --no-cache%n", render.seconds(), render.processorSeconds(), motionScene);
        printFloor(out, render.seconds(), floor, TARGET_MOTION_RATIO);
    }

    /**
     * Times the short commands a creator runs between edits, each {@code --start-up-runs} times as a new
     * process (as the launcher starts them, when it started this one): {@code validate} of the scene, and
     * {@code frame} of the frame in the middle of its video.
     */
    private void startUp(PrintWriter out, Path work, LoadedScene loaded) throws Exception {
        out.printf(Locale.ROOT, "start-up: whole commands, %d runs each, the median (the fastest)%n", startUpRuns);
        out.flush();
        String at = String.format(Locale.ROOT, "%.2f", loaded.timeline().frameCount() / 2.0 / loaded.scene().fps());
        List<List<String>> commands = List.of(
                List.of("validate", sceneFile.toString()),
                List.of("frame", sceneFile.toString(), "--at", at, "-o", work.resolve("frame.png").toString()));
        double[] targets = {TARGET_VALIDATE_SECONDS, TARGET_FRAME_SECONDS};
        for (int c = 0; c < commands.size(); c++) {
            List<String> arguments = new ArrayList<>(commands.get(c));
            format.chosen().ifPresent(chosen -> arguments.addAll(List.of("--format", chosen.label())));
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < Math.max(1, startUpRuns); i++) {
                runs.add(run(arguments));
            }
            runs.sort(Comparator.comparingDouble(Run::seconds));
            Run median = runs.get(runs.size() / 2);
            out.printf(Locale.ROOT, "  %-11s %7.2f s  (%.2f s), %.2f s of processor time (target ≤ %.1f s): convreel %s%n",
                    arguments.get(0), median.seconds(), runs.get(0).seconds(), median.processorSeconds(), targets[c],
                    String.join(" ", arguments).replace(work.toString(), "<temporary folder>"));
            out.flush();
        }
    }

    /** A command's wall and processor time. */
    private record Run(double seconds, double processorSeconds) {
    }

    /** Runs convreel with {@code arguments} as a new process, its output discarded; a failure is an error. */
    private Run run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(ThisProgram.command());
        command.addAll(arguments);
        if (allowCommands.allowCommands) {
            command.add("--allow-commands");
        }
        long start = System.nanoTime();
        long cpu = ProcessorTime.children();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        double processorSeconds = (ProcessorTime.children() - cpu) / ProcessorTime.TICKS_PER_SECOND;
        if (exit != 0) {
            throw new IllegalStateException("convreel " + arguments.get(0) + " failed (exit " + exit + "): " + String.join(" ", command));
        }
        return new Run(seconds, processorSeconds);
    }

    private static double mib(long bytes) {
        return bytes / (double) (1 << 20);
    }

    private static String clock(double seconds) {
        long whole = Math.round(seconds);
        return whole >= 60 ? String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60) : whole + " s";
    }

}
