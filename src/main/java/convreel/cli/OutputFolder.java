package convreel.cli;

import convreel.render.SceneVideo;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the folder a command writes its videos to, a folder or a path where one can be made; never a file. */
final class OutputFolder {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    /**
     * The folder, after checking that it is not a file and that no file stands where a folder above it
     * must be made.
     *
     * @throws UsageException naming the file that is in the way
     */
    Path checked() {
        Path absolute = folder.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || Files.isDirectory(existing)) {
            return folder;
        }
        if (existing.equals(absolute)) {
            throw new UsageException("--out " + folder + ": this is a file, not a folder; name a folder for the "
                    + "outputs (it is made if it does not exist)");
        }
        throw new UsageException("--out " + folder + ": " + existing + " is a file, so no folder can be made inside it; "
                + "name a folder for the outputs");
    }

    /** Where voices, temporary audio and encoded segments are kept, inside the folder. */
    Path cache() {
        return folder.resolve(SceneVideo.CACHE);
    }
}
