package convreel.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder holds, for tests that check an output appeared whole or left nothing behind. */
public final class FolderListing {
    private FolderListing() {
    }

    /** The names in {@code folder}, sorted; hidden (staging) names included. */
    public static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
