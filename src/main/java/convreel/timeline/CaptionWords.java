package convreel.timeline;

import java.util.ArrayList;
import java.util.List;

/**
 * A caption shown word by word, as Shorts show them: two to four words at a time, the word being
 * spoken highlighted. Each word gets its moment once, up front: where a voice speaks the beat, the
 * caption's words share the phrases' spans in proportion to their length (a caption that is its
 * narration, the default, lands each word in the phrase that says it); where none does, they share
 * the caption's reveal cue. No word is highlighted for less than {@link #MIN_FRAMES} frames.
 */
public final class CaptionWords {
    /** The shortest a word is highlighted: one frame would flash past unread. */
    public static final int MIN_FRAMES = 2;
    /** Words shown at once. */
    static final int MOST_WORDS = 4;
    static final int FEWEST_WORDS = 2;
    /** Letters a group of words may hold before it is closed at its fewest words, so it fits on a phone in large type. */
    static final int MOST_LETTERS = 22;

    private final List<String> words;
    /** The frame (from the beat's first) each word starts being spoken on; it is spoken until the next one's. */
    private final int[] starts;
    /** The frame the last word stops being spoken on. */
    private final int end;
    /** The index of each group's first word, and after them the number of words. */
    private final int[] groups;
    /** Each group's words, made once: a frame shows one of them. */
    private final List<List<String>> groupWords;

    private CaptionWords(List<String> words, int[] starts, int end, int[] groups) {
        this.words = List.copyOf(words);
        this.starts = starts;
        this.end = end;
        this.groups = groups;
        List<List<String>> all = new ArrayList<>();
        for (int g = 0; g + 1 < groups.length; g++) {
            all.add(List.copyOf(this.words.subList(groups[g], groups[g + 1])));
        }
        this.groupWords = List.copyOf(all);
    }

    /** What a frame shows: the words of one group, and which of them is spoken (from 0). */
    public record Shown(int group, List<String> words, int spoken) {
        public Shown {
            words = List.copyOf(words); // no copy for a group's own list, which is unmodifiable already
        }
    }

    /**
     * The words of {@code caption} timed in a beat of {@code frames} frames at {@code fps}: by
     * {@code phrases} if the beat is voiced (non-empty), else spread over the reveal cue from
     * {@code revealStart} to {@code revealEnd} seconds.
     */
    public static CaptionWords of(String caption, List<SpokenPhrase> phrases, double revealStart, double revealEnd,
            int frames, int fps) {
        if (caption.isBlank()) {
            return new CaptionWords(List.of(), new int[0], 0, new int[] {0});
        }
        List<String> words = List.of(caption.strip().split("\\s+"));
        List<SpokenPhrase> heard = phrases.isEmpty() ? List.of(new SpokenPhrase(revealStart, revealEnd, caption)) : phrases;
        double[] times = wordTimes(words, heard);
        int count = words.size();
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = (int) Math.round(times[i] * fps);
        }
        int last = (int) Math.round(times[count] * fps);
        int end = spaced(starts, Math.max(last, starts[count - 1] + MIN_FRAMES), frames);
        return new CaptionWords(words, starts, end, groups(words));
    }

    /**
     * Where each word starts, and (last) where the last one ends, in seconds: the caption's letters
     * mapped onto the phrases' letters, each phrase's letters spread evenly over its span.
     */
    private static double[] wordTimes(List<String> words, List<SpokenPhrase> phrases) {
        double[] phraseLetters = new double[phrases.size()];
        double spoken = 0;
        for (int k = 0; k < phrases.size(); k++) {
            phraseLetters[k] = Math.max(1, letters(phrases.get(k).text()));
            spoken += phraseLetters[k];
        }
        double written = 0;
        for (String word : words) {
            written += letters(word);
        }
        double[] times = new double[words.size() + 1];
        double before = 0;
        for (int i = 0; i <= words.size(); i++) {
            times[i] = timeAt(before / written * spoken, phrases, phraseLetters, i == words.size());
            if (i < words.size()) {
                before += letters(words.get(i));
            }
        }
        return times;
    }

    /** The second the {@code letter}-th letter of the narration is heard; {@code ending}: where it stops. */
    private static double timeAt(double letter, List<SpokenPhrase> phrases, double[] phraseLetters, boolean ending) {
        double before = 0;
        for (int k = 0; k < phrases.size(); k++) {
            SpokenPhrase phrase = phrases.get(k);
            boolean inside = ending ? letter <= before + phraseLetters[k] : letter < before + phraseLetters[k];
            if (inside || k == phrases.size() - 1) {
                double share = Math.min(1, Math.max(0, (letter - before) / phraseLetters[k]));
                return phrase.start() + share * (phrase.end() - phrase.start());
            }
            before += phraseLetters[k];
        }
        throw new IllegalStateException("no phrases");
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    /**
     * Moves word starts later so each word has {@link #MIN_FRAMES}, then earlier where that runs past the
     * beat; a beat too short for that gives each word an equal share. Returns where the last word ends.
     */
    private static int spaced(int[] starts, int end, int frames) {
        int count = starts.length;
        for (int i = 1; i < count; i++) {
            starts[i] = Math.max(starts[i], starts[i - 1] + MIN_FRAMES);
        }
        int last = Math.min(frames, Math.max(end, starts[count - 1] + MIN_FRAMES));
        if (starts[count - 1] + MIN_FRAMES > last) {
            starts[count - 1] = last - MIN_FRAMES;
            for (int i = count - 2; i >= 0; i--) {
                starts[i] = Math.min(starts[i], starts[i + 1] - MIN_FRAMES);
            }
        }
        if (starts[0] < 0) {
            for (int i = 0; i < count; i++) {
                starts[i] = (int) ((long) i * frames / count);
            }
            return frames;
        }
        return last;
    }

    /**
     * Groups of two to four words, each closed early when it holds {@link #MOST_LETTERS}; a word left
     * alone at the end joins the group before it, or takes a word from it.
     */
    private static int[] groups(List<String> words) {
        List<Integer> firsts = new ArrayList<>();
        int letters = 0;
        int size = 0;
        for (int i = 0; i < words.size(); i++) {
            int word = letters(words.get(i));
            if (size == 0 || size == MOST_WORDS || (size >= FEWEST_WORDS && letters + word > MOST_LETTERS)) {
                firsts.add(i);
                letters = 0;
                size = 0;
            }
            letters += word;
            size++;
        }
        int groups = firsts.size();
        if (groups > 1 && words.size() - firsts.get(groups - 1) == 1) {
            int before = firsts.get(groups - 1) - firsts.get(groups - 2);
            if (before > FEWEST_WORDS) {
                firsts.set(groups - 1, firsts.get(groups - 1) - 1);
            } else {
                firsts.remove(groups - 1);
            }
        }
        int[] bounds = new int[firsts.size() + 1];
        for (int i = 0; i < firsts.size(); i++) {
            bounds[i] = firsts.get(i);
        }
        bounds[firsts.size()] = words.size();
        return bounds;
    }

    /** How many words. */
    public int size() {
        return words.size();
    }

    /** The frame of the beat word {@code index} starts being spoken on. */
    public int startFrame(int index) {
        return starts[index];
    }

    /** The frame of the beat word {@code index} stops being spoken on: the next word's start, or the last word's end. */
    public int endFrame(int index) {
        return index + 1 < starts.length ? starts[index + 1] : end;
    }

    /** The words of each group, in order. */
    public List<List<String>> groups() {
        return groupWords;
    }

    /**
     * What frame {@code frame} of the beat shows: nothing before the first word is spoken, then the
     * group holding the word being spoken, which stays after the last one ends.
     */
    public Shown at(int frame) {
        if (words.isEmpty() || frame < starts[0]) {
            return null;
        }
        int spoken = 0;
        while (spoken + 1 < starts.length && starts[spoken + 1] <= frame) {
            spoken++;
        }
        int group = 0;
        while (groups[group + 1] <= spoken) {
            group++;
        }
        return new Shown(group, groupWords.get(group), spoken - groups[group]);
    }
}
