package convreel.cli;

import convreel.export.pipeline.CacheUse;
import java.util.List;
import java.util.stream.Collectors;

/** Says in a few words what a cached render encoded and what it reused. */
final class CacheSummary {
    private CacheSummary() {
    }

    /**
     * {@code "beats 3, 7 encoded, 17 reused"}, {@code "all 19 beats encoded"}, {@code "all 19 beats reused"};
     * then whether the sound was mixed or reused, and which cached segments failed their hash check, if
     * any did.
     */
    static String of(CacheUse use) {
        return encodedAndReused(use) + sound(use.sound()) + damaged(use.damagedBeats());
    }

    private static String sound(CacheUse.Sound sound) {
        return switch (sound) {
            case NONE -> "";
            case MIXED -> "; sound mixed";
            case REUSED -> "; sound reused";
        };
    }

    private static String damaged(List<Integer> beats) {
        if (beats.isEmpty()) {
            return "";
        }
        String numbers = beats.stream().map(b -> Integer.toString(b + 1)).collect(Collectors.joining(", "));
        return beats.size() == 1
                ? "; beat " + numbers + "'s cached segment failed its hash check"
                : "; the cached segments of beats " + numbers + " failed their hash check";
    }

    private static String encodedAndReused(CacheUse use) {
        int total = use.segments().size();
        List<Integer> encoded = use.renderedBeats();
        if (encoded.isEmpty()) {
            return total == 1 ? "the beat reused from the cache" : "all " + total + " beats reused from the cache";
        }
        if (encoded.size() == total) {
            return total == 1 ? "the beat encoded" : "all " + total + " beats encoded";
        }
        String beats = encoded.stream().map(b -> Integer.toString(b + 1)).collect(Collectors.joining(", "));
        int reused = total - encoded.size();
        return (encoded.size() == 1 ? "beat " : "beats ") + beats + " encoded, " + reused + " reused from the cache";
    }
}
