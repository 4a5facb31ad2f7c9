package convreel.script;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import convreel.model.Scene;
import convreel.paint.LayoutCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example scenes, mutated the way a careless or hostile writer would: numbers swapped for
 * extreme ones, lines repeated, brackets nested, texts lengthened, bytes flipped. Loading each,
 * with the layout check every command runs, ends in a scene or a {@link SceneException}, never
 * another throwable, and well within a time bound. The seed is fixed, so a failure replays.
 */
class SceneFuzzTest {
    private static final long SEED = 9;
    private static final int MUTANTS = 160;
    /** Generous on a loaded machine; a hang or a runaway allocation blows far past it. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?(?![\\w.])");
    private static final List<String> EXTREME_NUMBERS = List.of("1e308", "-1e308", "123456789012345678901234567890",
            "2147483648", "-2147483649", "0x7fffffff", "1e-300", ".inf", "-.nan", "0", "-0.0", "999999.999", "-1000000",
            "16", "17", "7", "8", "6", "300", "301", "1e9", "0.001", "12", "61", "99999.99");

    private record Original(Path file, String text) {
    }

    private static List<Original> examples() throws IOException {
        List<Original> examples = new ArrayList<>();
        for (Path folder : List.of(Path.of("scenes"), Path.of("scenes/shorts"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    examples.add(new Original(file, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
        return examples;
    }

    @Test
    void mutatedExampleScenesLoadOrAreRefusedNeverCrash() throws IOException {
        List<Original> examples = examples();
        assertTrue(examples.size() >= 5, "the example scenes are found");
        Random random = new Random(SEED);
        LayoutCheck check = new LayoutCheck();
        int refused = 0;
        int loaded = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Original original = examples.get(random.nextInt(examples.size()));
            String kind = KINDS[random.nextInt(KINDS.length)];
            String mutant = mutate(kind, original.text(), random);
            String name = "mutant " + i + " (" + kind + " of " + original.file() + ")";
            Path folder = original.file().toAbsolutePath().getParent();
            boolean valid = assertTimeoutPreemptively(BOUND, () -> {
                try {
                    List<Scene> scenes = SceneLoader.parse(mutant, name, "mutant", folder, check);
                    assertFalse(scenes.isEmpty(), name);
                    return true;
                } catch (SceneException expected) {
                    return false;
                } catch (Throwable other) {
                    return fail(name + " threw " + other + "\n--- its text:\n" + shorten(mutant), other);
                }
            }, name);
            if (valid) {
                loaded++;
            } else {
                refused++;
            }
        }
        // Both outcomes occur, so the mutations neither all break the syntax nor all miss.
        assertTrue(loaded > 10 && refused > 10, loaded + " loaded, " + refused + " refused");
    }

    private static final String[] KINDS = {"number", "number", "number", "repeat line", "nest", "lengthen", "bytes", "truncate"};

    private static String mutate(String kind, String text, Random random) {
        return switch (kind) {
            case "number" -> replaceNumber(text, random);
            case "repeat line" -> repeatLine(text, random);
            case "nest" -> nest(text, random);
            case "lengthen" -> lengthen(text, random);
            case "bytes" -> flipBytes(text, random);
            default -> text.substring(0, random.nextInt(text.length()));
        };
    }

    private static String replaceNumber(String text, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(), matcher.end()});
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String extreme = EXTREME_NUMBERS.get(random.nextInt(EXTREME_NUMBERS.size()));
        return text.substring(0, span[0]) + extreme + text.substring(span[1]);
    }

    private static String repeatLine(String text, Random random) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int at = random.nextInt(lines.size());
        int times = 1 + random.nextInt(400);
        for (int i = 0; i < times; i++) {
            lines.add(at, lines.get(at));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String nest(String text, Random random) {
        int at = random.nextInt(text.length());
        int depth = 1 + random.nextInt(random.nextBoolean() ? 20 : 5000);
        String open = random.nextBoolean() ? "[" : "{a: ";
        String close = open.equals("[") ? "]" : "}";
        return text.substring(0, at) + open.repeat(depth) + "1" + close.repeat(random.nextInt(depth + 1)) + text.substring(at);
    }

    /** A quoted text repeated many times over. */
    private static String lengthen(String text, Random random) {
        int quote = text.indexOf('"', random.nextInt(text.length()));
        int end = quote < 0 ? -1 : text.indexOf('"', quote + 1);
        if (end < 0) {
            return text + "\n" + "x".repeat(random.nextInt(300_000));
        }
        String inside = text.substring(quote + 1, end);
        return text.substring(0, quote + 1) + inside.repeat(1 + random.nextInt(60)) + text.substring(end);
    }

    private static String flipBytes(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        // Decoded leniently, as if a stray byte had reached the text: strict decoding is the loader's own test.
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String shorten(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 2000) + "…";
    }
}
