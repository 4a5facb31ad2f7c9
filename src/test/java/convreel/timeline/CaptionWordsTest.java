package convreel.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Captions;
import convreel.model.Scene;
import convreel.testing.SmallScenes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaptionWordsTest {
    private static final int FPS = 30;
    /** A one-beat short whose caption is four words. */
    private static final String SHORT = SmallScenes.oneBeat("shorts", "matrix", "ছবি মানে শুধু সংখ্যা", 4);

    @TempDir
    Path dir;

    @Test
    void wordsCoverEachPhrasesSpanInOrderSharedByLength() {
        // The caption is its narration, said in two phrases with a pause between them.
        SpokenPhrase first = new SpokenPhrase(0.2, 1.4, "ছোট একটি kernel");
        SpokenPhrase second = new SpokenPhrase(1.55, 3.0, "ছবির ওপর slide করে");
        CaptionWords words = CaptionWords.of("ছোট একটি kernel ছবির ওপর slide করে", List.of(first, second), 0, 1, 120, FPS);

        assertEquals(7, words.size());
        assertEquals(frame(first.start()), words.startFrame(0), "the first word starts with the voice");
        assertEquals(frame(second.start()), words.startFrame(3), "the second phrase's first word starts with it");
        assertEquals(frame(second.end()), words.endFrame(6), "the last word ends with the voice");
        for (int i = 0; i < words.size(); i++) {
            assertTrue(words.endFrame(i) - words.startFrame(i) >= CaptionWords.MIN_FRAMES, "word " + i + " is too short");
            if (i > 0) {
                assertEquals(words.endFrame(i - 1), words.startFrame(i), "word " + i + " follows the one before");
            }
        }
        // Inside a phrase, "slide" (five letters) is spoken 5/3 as long as "ওপর" (three: ও, প, র).
        double ratio = (double) (words.endFrame(5) - words.startFrame(5)) / (words.endFrame(4) - words.startFrame(4));
        assertEquals(5.0 / 3, ratio, 0.3);
    }

    @Test
    void noWordIsShorterThanTwoFramesEvenWhenTheVoiceRushes() {
        SpokenPhrase rushed = new SpokenPhrase(0, 0.2, "এক দুই তিন চার পাঁচ ছয় সাত আট");
        CaptionWords words = CaptionWords.of(rushed.text(), List.of(rushed), 0, 1, 60, FPS);
        for (int i = 0; i < words.size(); i++) {
            assertTrue(words.endFrame(i) - words.startFrame(i) >= CaptionWords.MIN_FRAMES, "word " + i);
        }
        assertTrue(words.endFrame(words.size() - 1) <= 60, "the words stay inside their beat");
    }

    @Test
    void wordsAreShownTwoToFourAtATimeTheSpokenOneMarked() {
        CaptionWords words = CaptionWords.of("এক দুই তিন চার পাঁচ ছয় সাত", List.of(), 0, 2.1, 90, FPS);
        for (List<String> group : words.groups()) {
            assertTrue(group.size() >= 2 && group.size() <= 4, group.toString());
        }
        assertEquals(List.of("এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত"),
                words.groups().stream().flatMap(List::stream).toList());
        for (int i = 0; i < words.size(); i++) {
            CaptionWords.Shown shown = words.at(words.startFrame(i));
            assertEquals(List.of("এক", "দুই", "তিন", "চার", "পাঁচ", "ছয়", "সাত").get(i), shown.words().get(shown.spoken()));
        }
    }

    @Test
    void aSilentShortTimesItsWordsByTheCaptionsRevealCue() {
        Scene scene = SmallScenes.load(dir, "short.yaml", SHORT);
        Timeline timeline = SmallScenes.timeline(scene);
        CueTimes.Timed reveal = timeline.cues(0).timed(CueKey.of(Cue.CAPTION));
        CaptionWords words = timeline.words(0).orElseThrow();
        assertEquals(frame(reveal.start()), words.startFrame(0));
        assertEquals(frame(reveal.end()), words.endFrame(words.size() - 1));
        assertEquals("ছবি", timeline.at(0).words().words().get(timeline.at(0).words().spoken()));

        Scene cc = scene.withCaptions(Captions.CC);
        Timeline plain = Timeline.of(cc, SceneComputation.of(cc));
        assertTrue(plain.words(0).isEmpty(), "captions only as subtitles are not drawn word by word");
        assertNull(plain.at(30).words());
    }

    @Test
    void aVoicedShortsWordsFollowItsPhrases() {
        Scene scene = SmallScenes.load(dir, "voiced.yaml", SHORT);
        List<List<SpokenPhrase>> heard = List.of(List.of(new SpokenPhrase(1.0, 3.0, "ছবি মানে শুধু সংখ্যা")));
        Timeline timeline = Timeline.of(scene, SceneComputation.of(scene), new double[] {4}, List.of(Map.of()), heard);
        assertNull(timeline.at(frame(0.9)).words(), "nothing shows before the voice starts");
        assertEquals(0, timeline.at(frame(1.0)).words().spoken());
        assertEquals("সংখ্যা", timeline.at(frame(2.9)).words().words().get(timeline.at(frame(2.9)).words().spoken()));
    }

    private static int frame(double seconds) {
        return (int) Math.round(seconds * FPS);
    }
}
