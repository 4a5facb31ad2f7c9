package convreel.cli;

import convreel.batch.BatchReport;
import convreel.batch.BatchRunner;
import convreel.batch.Freshness;
import convreel.batch.ItemOutcome;
import convreel.batch.OutputNames;
import convreel.batch.RenderPreparer;
import convreel.batch.Shard;
import convreel.batch.SummaryTable;
import convreel.batch.WorkItem;
import convreel.batch.WorkList;
import convreel.batch.WorkListException;
import convreel.export.pipeline.Quality;
import convreel.model.Captions;
import convreel.render.LoadedScene;
import convreel.render.ProgramIdentity;
import convreel.render.RenderSettings;
import convreel.render.ScenePrograms;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {
                "Renders every scene named by PATH... to <out>/<scene>.mp4 (and each variant to "
                        + "<out>/<scene>-<variant>.mp4), with its subtitles, several at a time.",
                "A PATH is a scene file, a folder (every .yaml/.yml file inside it, at any depth) or a glob such as "
                        + "'scenes/shorts/*.yaml'. Videos newer than their scene file, made by this convreel, are "
                        + "skipped unless --force. Scenes with the same file name in different folders get the "
                        + "folder's name in front: <out>/<folder>-<scene>.mp4.",
                "A failing scene does not stop the others. The summary lists every scene; the exit code is 0 if "
                        + "all went well, 2 if the only failures are invalid scene files (fix them; retrying will not "
                        + "help), 1 if any render failed for another reason (a retry may help)."})
final class BatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Scene files, folders and globs.")
    List<String> paths;

    @CommandLine.Mixin
    OutputFolder output;

    @CommandLine.Mixin
    AllowCommandsOption allowCommands;

    @Option(names = "--jobs", paramLabel = "N", description = "How many scenes to render at once (default: the available processors).")
    Integer jobs;

    @CommandLine.Mixin
    FormatOption format;

    @CommandLine.Mixin
    RenderOptions options;

    @Option(names = "--force", description = "Render every scene, even those whose video is up to date.")
    boolean force;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Render only the I-th of N parts of the sorted list of scenes (item k, counted from 0, "
                    + "is in part (k mod N) + 1), for spreading a batch over machines (default: 1/1, everything).")
    Shard shard = Shard.all();

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) {
            throw new CommandLine.ParameterException(cli, "--jobs " + jobs + ": expected at least 1 job");
        }
        Path out = output.checked();
        WorkList scenes;
        try {
            scenes = WorkList.of(paths, Path.of(""));
        } catch (WorkListException nothing) {
            throw new CommandLine.ParameterException(cli, nothing.getMessage());
        }
        PrintWriter stderr = cli.getErr();
        for (String note : scenes.notes()) {
            stderr.println("note: " + note);
        }
        stderr.flush();
        ScenePrograms programs = allowCommands.programs();
        List<WorkItem> items = new java.util.ArrayList<>();
        for (Path scene : scenes.scenes()) {
            items.addAll(itemsOf(scene, programs));
        }
        // Named over the whole list, before sharding, so every shard agrees on every name.
        Map<WorkItem, Path> videos = OutputNames.assign(items, out);
        List<WorkItem> mine = shard.select(items);
        PrintWriter stdout = cli.getOut();
        if (mine.isEmpty()) {
            stdout.printf("shard %s has nothing to render: the batch has %d %s%n", shard, items.size(),
                    items.size() == 1 ? "scene" : "scenes");
            return 0;
        }
        // The processors are shared between the scenes rendered at once.
        RenderSettings settings = options.settings(Math.max(1, Runtime.getRuntime().availableProcessors() / workers));
        RenderPreparer prepared = RenderPreparer.scenes(options.overrides(format.chosen()), output.cache(),
                programs, settings);
        BatchRunner runner = new BatchRunner(prepared, workers, force, new Freshness(program(settings, options.captions)));
        BatchReport report;
        try (BatchProgressBar progress = new BatchProgressBar()) {
            report = runner.run(mine, videos, progress);
        }
        SummaryTable.write(report, stdout);
        reportFailures(report, cli.getErr());
        if (report.hasRenderFailures()) {
            return Main.EXIT_FAILURE;
        }
        return report.hasInvalidScenes() ? Main.EXIT_BAD_INPUT : 0;
    }

    /**
     * One item per variant of the scene, or the scene itself. A scene that does not load, for whatever
     * reason, is one item too: it fails when the batch prepares it, with its message in the summary.
     */
    private static List<WorkItem> itemsOf(Path scene, ScenePrograms programs) {
        try {
            return LoadedScene.validated(scene, programs).stream()
                    .map(loaded -> new WorkItem(scene, LoadedScene.variantOf(scene, loaded)))
                    .toList();
        } catch (Throwable unreadable) {
            // Errors too: preparing the item reads the file again and reports the failure as the item's own.
            return List.of(WorkItem.whole(scene));
        }
    }

    /**
     * What made a video, for the up-to-date check: the program, the quality unless final, so a draft
     * never passes for a final video, and the captions if the command line chose them, so a video
     * without its caption band never passes for one with it.
     */
    private static String program(RenderSettings settings, Captions captions) {
        String program = ProgramIdentity.current();
        String quality = settings.quality() == Quality.FINAL ? program : program + " quality " + settings.quality().label();
        return captions == null ? quality : quality + " captions " + captions.label();
    }


    private void reportFailures(BatchReport report, PrintWriter err) {
        List<ItemOutcome> failures = report.failures();
        if (failures.isEmpty()) {
            return;
        }
        boolean debug = Main.debug(spec.root().commandLine().getParseResult());
        err.println();
        err.println(failures.size() == 1 ? "1 scene failed:" : failures.size() + " scenes failed:");
        for (ItemOutcome failure : failures) {
            err.println();
            err.println(failure.message().orElseThrow());
            if (debug && !failure.invalidScene()) {
                failure.failure().orElseThrow().printStackTrace(err);
            }
        }
        err.flush();
    }

    /** Reads {@code --shard I/N}; a bad one is a usage error (exit 2) that says what was expected. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException bad) {
                throw new CommandLine.TypeConversionException(bad.getMessage());
            }
        }
    }
}
