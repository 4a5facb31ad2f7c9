package convreel.batch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where each item of a batch writes its video: a flat folder of {@code <out>/<name>.mp4}, whatever
 * the scene files are called and wherever they are.
 *
 * <p>The name is the scene file's name without {@code .yaml}/{@code .yml}, as {@code convreel render}
 * names it ({@code a/b/intro.yaml} → {@code intro.mp4}), plus {@code -<variant>} for a variant. When
 * two items would get the same name (compared ignoring case, since macOS and Windows file systems do),
 * each of them is prefixed with its folder's name, then with its folder's parent's, and so on until
 * the names differ: {@code en/intro.yaml} and {@code bn/intro.yaml} become {@code en-intro.mp4} and
 * {@code bn-intro.mp4}. Names that no folder can tell apart (in the same folder, {@code Intro.yaml}
 * and {@code intro.yaml}, or {@code a?.yaml} and {@code a*.yaml}, whose odd characters both become
 * {@code _}) are numbered instead: the later one in path order gets {@code -2}, the next {@code -3}.
 * Items whose names are unique keep the plain name. The names depend on the whole work list, which is
 * why they are assigned before the list is split into shards, so every shard agrees on every name.
 *
 * <p>Every name is {@linkplain #safe(String) made safe} and every path is checked to lie directly in
 * the output folder, so no scene or variant name can write outside it.
 */
public final class OutputNames {

    /** The video's extension. */
    public static final String VIDEO_EXTENSION = ".mp4";

    /**
     * At most this many UTF-8 bytes of name, so that with {@code .mp4} and the hidden staging name
     * ({@code .<name>.partial-1f3a9c.mp4}) a file name stays within the usual limit of 255 bytes.
     */
    static final int MAX_NAME_BYTES = 200;

    private static final String FALLBACK = "scene";

    private OutputNames() {
    }

    /**
     * {@code name} as a file name that stays where it is put: letters and digits of any script (with
     * their vowel signs, so Bangla names survive), space, {@code - _ . + , ( )} are kept; any other
     * character, such as {@code /}, {@code \}, a control character or a shell metacharacter, becomes
     * {@code _}. Leading dots, dashes and spaces and trailing dots and spaces are dropped (so neither
     * {@code ..} nor a hidden or option-like name can come out), an over-long name is cut, and what
     * would be empty is {@code scene}.
     */
    public static String safe(String name) {
        String text = Normalizer.normalize(Objects.requireNonNull(name, "name"), Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().forEach(c -> kept.appendCodePoint(allowed(c) ? c : '_'));
        String trimmed = kept.toString().replaceFirst("^[.\\- ]+", "").replaceFirst("[. ]+$", "");
        trimmed = cutToBytes(trimmed, MAX_NAME_BYTES, false);
        trimmed = trimmed.replaceFirst("[. ]+$", "");
        return trimmed.isEmpty() ? FALLBACK : trimmed;
    }

    private static boolean allowed(int c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK) {
            return true;
        }
        // Zero-width non-joiner and joiner choose between Bangla conjunct forms.
        return c == '\u200C' || c == '\u200D' || " -_.+,()".indexOf(c) >= 0;
    }

    /**
     * The video path of every item, in the items' order: unique (ignoring case), and each directly in
     * {@code out}.
     */
    public static Map<WorkItem, Path> assign(List<WorkItem> items, Path out) {
        List<Candidate> candidates = new ArrayList<>();
        Map<WorkItem, Candidate> byItem = new LinkedHashMap<>();
        for (WorkItem item : items) {
            Candidate candidate = new Candidate(item);
            if (byItem.putIfAbsent(item, candidate) != null) {
                throw new IllegalArgumentException(item + " is in the work list twice");
            }
            candidates.add(candidate);
        }
        // Path order decides who keeps a name when only a number can tell two apart.
        candidates.sort(Comparator.comparing((Candidate c) -> c.item.scene().toAbsolutePath().normalize())
                .thenComparing(c -> c.item.variant().orElse("")));
        disambiguate(candidates);
        Map<WorkItem, Path> videos = new LinkedHashMap<>();
        for (Map.Entry<WorkItem, Candidate> entry : byItem.entrySet()) {
            videos.put(entry.getKey(), inside(out, entry.getValue().name() + VIDEO_EXTENSION));
        }
        return Collections.unmodifiableMap(videos);
    }

    private static void disambiguate(List<Candidate> candidates) {
        for (int round = 0; ; round++) {
            if (round > 100_000) {
                throw new IllegalStateException("could not give " + candidates.size() + " outputs distinct names");
            }
            boolean changed = false;
            for (List<Candidate> same : groups(candidates, Candidate::name)) {
                if (same.size() < 2) {
                    continue;
                }
                // Those that would still share a name with every folder in front can only be numbered;
                // the others take one more folder.
                for (List<Candidate> inseparable : groups(same, Candidate::fullName)) {
                    for (int i = 1; i < inseparable.size(); i++) {
                        inseparable.get(i).number = inseparable.get(0).number + i;
                    }
                    if (inseparable.size() == 1) {
                        inseparable.get(0).addFolder();
                    }
                }
                changed = true;
            }
            if (!changed) {
                return;
            }
        }
    }

    /** The candidates grouped by {@code name}, ignoring case; in path order. */
    private static List<List<Candidate>> groups(List<Candidate> candidates, Function<Candidate, String> name) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            byKey.computeIfAbsent(name.apply(candidate).toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(candidate);
        }
        return List.copyOf(byKey.values());
    }

    /**
     * {@code out/fileName}, checked to be directly inside {@code out} once both are made absolute and
     * normalised.
     *
     * @throws IllegalArgumentException if {@code fileName} would lead anywhere else
     */
    public static Path inside(Path out, String fileName) {
        Path folder = out.toAbsolutePath().normalize();
        Path file = folder.resolve(fileName).normalize();
        if (!file.startsWith(folder) || !folder.equals(file.getParent())) {
            throw new IllegalArgumentException("output name '" + fileName + "' would leave the output folder " + out);
        }
        return file;
    }

    /** The name without {@code .yaml} or {@code .yml}, as {@code SceneLoader} names a scene. */
    static String stem(Path scene) {
        Path fileName = scene.getFileName();
        String name = fileName == null ? FALLBACK : fileName.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : new String[] {".yaml", ".yml"}) {
            if (lower.endsWith(extension) && name.length() > extension.length()) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /** Keeps at most {@code limit} UTF-8 bytes, from the end when {@code keepEnd}, whole code points only. */
    private static String cutToBytes(String text, int limit, boolean keepEnd) {
        if (text.getBytes(StandardCharsets.UTF_8).length <= limit) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        int bytes = 0;
        int count = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[keepEnd ? codePoints.length - 1 - i : i];
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > limit) {
                break;
            }
            bytes += size;
            count++;
        }
        return keepEnd
                ? new String(codePoints, codePoints.length - count, count)
                : new String(codePoints, 0, count);
    }

    /** One item's name as it grows: its own name, then folder names in front, then a number behind. */
    private static final class Candidate {
        final WorkItem item;
        final String own;
        final List<String> folders = new ArrayList<>();
        int folderCount;
        int number = 1;

        Candidate(WorkItem item) {
            this.item = item;
            this.own = safe(stem(item.scene())) + item.variant().map(v -> "-" + safe(v)).orElse("");
            for (Path folder = item.scene().toAbsolutePath().normalize().getParent();
                    folder != null && folder.getFileName() != null; folder = folder.getParent()) {
                folders.add(safe(folder.getFileName().toString()));
            }
        }

        void addFolder() {
            folderCount = Math.min(folderCount + 1, folders.size());
        }

        /** The name with as many folders in front as it has taken so far. */
        String name() {
            return name(folderCount);
        }

        /** The name with every folder up to the root in front: if two of these agree, only a number helps. */
        String fullName() {
            return name(folders.size());
        }

        private String name(int folderCount) {
            StringBuilder name = new StringBuilder();
            for (int i = folderCount - 1; i >= 0; i--) {
                name.append(folders.get(i)).append('-');
            }
            name.append(own);
            String suffix = number > 1 ? "-" + number : "";
            // Too long with its folders: drop from the front, the scene's own name matters most.
            return cutToBytes(name.toString(), MAX_NAME_BYTES - suffix.length(), true).replaceFirst("^[.\\- ]+", "") + suffix;
        }
    }
}
