package convreel.script;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known word a misspelt one was probably meant to be: {@code kernal} → {@code kernels},
 * {@code valeus} → {@code values}, {@code secs} → {@code seconds}. Distances count insertions,
 * deletions, substitutions and swaps of neighbours, ignoring case.
 */
final class NearestWord {
    private NearestWord() {
    }

    /** The closest candidate, if one is close enough to be a plausible typo or abbreviation. */
    static Optional<String> among(String word, Collection<String> candidates) {
        String typed = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestPrefix = -1;
        for (String candidate : candidates) {
            String known = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(typed, known);
            if (!plausible(typed, known, distance)) {
                continue;
            }
            int prefix = commonPrefix(typed, known);
            if (distance < bestDistance || (distance == bestDistance && prefix > bestPrefix)) {
                best = candidate;
                bestDistance = distance;
                bestPrefix = prefix;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean plausible(String typed, String known, int distance) {
        // Short words are within two edits of too much: "id" is not a typo of "at".
        int allowed = known.length() <= 3 ? 1 : Math.max(2, known.length() / 2);
        if (distance <= allowed) {
            return true;
        }
        // Abbreviations and decorated words: "kern" → kernels, "leaky_relu" → relu.
        return typed.length() >= 3 && known.length() >= 3 && (known.contains(typed) || typed.contains(known));
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of two neighbouring letters. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
