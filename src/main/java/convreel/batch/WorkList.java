package convreel.batch;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/**
 * Turns the batch command's {@code PATH...} into the sorted list of scene files to render.
 *
 * <ul>
 *   <li>A file is taken as it is, whatever its extension (as {@code convreel render} would).</li>
 *   <li>A folder stands for every {@code .yaml} and {@code .yml} file inside it, at any depth.
 *       Hidden files and folders (names starting with a dot) are left out: editors' backups and
 *       convreel's own staging files live there.</li>
 *   <li>An argument that names nothing but contains {@code * ? [ {} is a glob, matched with
 *       {@link java.nio.file.PathMatcher}'s {@code glob:} syntax against paths relative to the base
 *       folder (absolute if the glob is): {@code scenes/shorts/*.yaml}, {@code scenes/**.yml}. Unlike
 *       a shell's, {@code *} stays within one folder and {@code **} crosses folders. The matched scene
 *       files are taken, and matched folders are searched like folder arguments. A glob the shell has
 *       already expanded simply arrives as files.</li>
 * </ul>
 * The result is sorted by path and holds each file once, however many arguments named it. Every
 * argument must name at least one scene file; the first that does not is an error that names it.
 *
 * <p>A scene file found by searching a folder (or a glob's folder) that is a symbolic link to a file
 * outside every folder the arguments name is skipped, with a note: whoever can write into a shared
 * scenes folder must not be able to make a batch read files from elsewhere. A file named outright is
 * taken as it is, link or not.
 *
 * @param scenes the scene files to render, sorted, each once
 * @param notes  one line for each file skipped, saying why
 */
public record WorkList(List<Path> scenes, List<String> notes) {

    private static final List<String> SCENE_EXTENSIONS = List.of(".yaml", ".yml");

    public WorkList {
        scenes = List.copyOf(scenes);
        notes = List.copyOf(notes);
    }

    /**
     * The scene files named by {@code arguments}. Relative arguments are resolved against {@code base}
     * (the current folder for the command line) and stay relative in the result.
     */
    public static WorkList of(List<String> arguments, Path base) throws WorkListException {
        if (arguments.isEmpty()) {
            throw new WorkListException("no scene files given; name scene files, folders or globs");
        }
        Scope scope = new Scope(new ArrayList<>(), new ArrayList<>());
        for (String argument : arguments) {
            searched(argument, base).ifPresent(scope.folders()::add);
        }
        List<Path> found = new ArrayList<>();
        for (String argument : arguments) {
            found.addAll(expand(argument, base, scope));
        }
        List<Path> sorted = found.stream().map(Path::normalize).sorted().toList();
        Set<Path> seen = new HashSet<>();
        List<Path> unique = new ArrayList<>();
        for (Path scene : sorted) {
            if (seen.add(base.resolve(scene).toAbsolutePath().normalize())) {
                unique.add(scene);
            }
        }
        return new WorkList(unique, scope.notes().stream().distinct().toList());
    }

    /**
     * The folders a search for scene files may take files from, as real paths (links resolved), and
     * the notes about files it skipped.
     */
    private record Scope(List<Path> folders, List<String> notes) {

        /** Whether a scene file found by a search is taken: it is no link, or a link to a file inside the folders. */
        boolean takes(Entry file) {
            if (!Files.isSymbolicLink(file.located())) {
                return true;
            }
            Path target;
            try {
                target = file.located().toRealPath();
            } catch (IOException unresolvable) {
                notes.add(file.shown() + ": skipped, a symbolic link that cannot be followed (" + unresolvable.getMessage() + ")");
                return false;
            }
            if (folders.stream().anyMatch(target::startsWith)) {
                return true;
            }
            notes.add(file.shown() + ": skipped, a symbolic link to " + target + ", outside the folders given; "
                    + "name the file itself to render it");
            return false;
        }
    }

    /** The real path of the folder that {@code argument} has searched: itself if a folder, a glob's leading folders. */
    private static Optional<Path> searched(String argument, Path base) {
        try {
            Path located = base.resolve(Path.of(argument));
            Path folder = Files.isDirectory(located) ? located
                    : !Files.exists(located) && isGlob(argument) ? base.resolve(globRoot(argument)) : null;
            return folder == null || !Files.isDirectory(folder) ? Optional.empty()
                    : Optional.of(folder.toRealPath());
        } catch (InvalidPathException | IOException unusable) {
            // expand() reports what is wrong with it
            return Optional.empty();
        }
    }

    /** {@code true} for a name ending in {@code .yaml} or {@code .yml} (any case) that is not hidden. */
    static boolean isSceneFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && SCENE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static List<Path> expand(String argument, Path base, Scope scope) throws WorkListException {
        Path given;
        try {
            given = Path.of(argument);
        } catch (InvalidPathException bad) {
            throw new WorkListException(argument + ": not a valid path (" + bad.getReason() + ")");
        }
        Path located = base.resolve(given);
        if (Files.isDirectory(located)) {
            List<Path> scenes = sceneFilesIn(given, located, scope);
            if (scenes.isEmpty()) {
                throw new WorkListException(argument + ": no .yaml or .yml scene files in this folder");
            }
            return scenes;
        }
        if (Files.exists(located)) {
            return List.of(given);
        }
        if (isGlob(argument)) {
            List<Path> scenes = globbed(argument, base, scope);
            if (scenes.isEmpty()) {
                throw new WorkListException(argument + ": matches no .yaml or .yml scene files");
            }
            return scenes;
        }
        throw new WorkListException(argument + ": no such file or folder");
    }

    private static boolean isGlob(String argument) {
        return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    private static List<Path> globbed(String glob, Path base, Scope scope) throws WorkListException {
        String pattern = normalised(glob);
        PathMatcher matcher;
        try {
            matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (PatternSyntaxException bad) {
            throw new WorkListException(glob + ": not a valid glob (" + bad.getDescription() + ")");
        }
        // Walk only below the glob's literal leading folders, and no deeper than it can match.
        String[] parts = pattern.split("/", -1);
        int firstWild = firstWild(parts);
        String rest = String.join("/", Arrays.copyOfRange(parts, firstWild, parts.length));
        int depth = rest.contains("**") || rest.contains("{") ? Integer.MAX_VALUE : parts.length - firstWild;
        Path shownRoot = globRoot(glob);
        Path root = base.resolve(shownRoot);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> scenes = new ArrayList<>();
        for (Entry match : walk(shownRoot, root, depth, true)) {
            if (!matcher.matches(match.shown())) {
                continue;
            }
            if (Files.isDirectory(match.located(), LinkOption.NOFOLLOW_LINKS)) {
                scenes.addAll(sceneFilesIn(match.shown(), match.located(), scope));
            } else if (isSceneFile(match) && scope.takes(match)) {
                scenes.add(match.shown());
            }
        }
        return scenes;
    }

    private static String normalised(String glob) {
        return glob.replaceAll("/{2,}", "/");
    }

    private static int firstWild(String[] parts) {
        int firstWild = 0;
        while (firstWild < parts.length && !isGlob(parts[firstWild])) {
            firstWild++;
        }
        return firstWild;
    }

    /** The glob's literal leading folders, where the search for its matches starts. */
    private static Path globRoot(String glob) {
        String pattern = normalised(glob);
        String[] parts = pattern.split("/", -1);
        String prefix = String.join("/", Arrays.copyOf(parts, firstWild(parts)));
        return Path.of(pattern.startsWith("/") && prefix.isEmpty() ? "/" : prefix);
    }

    private static List<Path> sceneFilesIn(Path shown, Path folder, Scope scope) throws WorkListException {
        List<Path> scenes = new ArrayList<>();
        for (Entry file : walk(shown, folder, Integer.MAX_VALUE, false)) {
            if (isSceneFile(file) && scope.takes(file)) {
                scenes.add(file.shown());
            }
        }
        return scenes;
    }

    private static boolean isSceneFile(Entry entry) {
        return isSceneFileName(entry.located().getFileName().toString()) && Files.isRegularFile(entry.located());
    }

    /** A path found by a walk: as it will be shown (starting as the argument did), and where it is. */
    private record Entry(Path shown, Path located) {
    }

    /**
     * Every entry below {@code root} (not the root itself) down to {@code depth} levels, skipping
     * hidden ones, as paths that start with {@code shown} instead of {@code root}. Folders are listed
     * too when {@code withFolders}; symbolic links to folders are not followed.
     */
    private static List<Entry> walk(Path shown, Path root, int depth, boolean withFolders) throws WorkListException {
        List<Entry> entries = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (dir.getFileName().toString().startsWith(".")) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (withFolders) {
                        entries.add(new Entry(shown.resolve(root.relativize(dir)), dir));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!file.getFileName().toString().startsWith(".")) {
                        entries.add(new Entry(shown.resolve(root.relativize(file)), file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    throw failure;
                }
            });
        } catch (AccessDeniedException denied) {
            throw new WorkListException(denied.getFile() + ": cannot read this folder: permission denied");
        } catch (IOException failed) {
            throw new WorkListException(shown + ": cannot list this folder: " + failed.getMessage());
        }
        return entries;
    }
}
