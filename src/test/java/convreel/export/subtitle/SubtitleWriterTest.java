package convreel.export.subtitle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.testing.FolderListing;
import convreel.testing.PaintedFrame;
import convreel.testing.ParsedSubtitles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubtitleWriterTest {
    private static final int FPS = 30;
    private static final String LONG = "কনভলিউশন হলো CNN-এর চোখ: একটি ছোট কার্নেল ছবির উপর দিয়ে সরে সরে যায়, "
            + "প্রতিটি জায়গায় গুণ করে যোগ করে, আর সেই যোগফল দিয়ে তৈরি হয় ফিচার ম্যাপ, যেখানে প্রান্ত আর নকশা ফুটে ওঠে।";

    @TempDir
    Path dir;

    private static long frameMillis(int frame) {
        return Math.round(frame * 1000.0 / FPS);
    }

    private SubtitleTrack beats() {
        return SubtitleTrack.fromBeats(FPS, List.of(
                BeatSubtitle.silent(0, 90, "AI চোখ না থাকলেও দেখে—কীভাবে?"),
                BeatSubtitle.voiced(90, 420, 9.2, FPS, LONG),
                BeatSubtitle.silent(420, 500, ""),
                BeatSubtitle.silent(500, 100_000, "x < y & \"z\" > w")));
    }

    @Test
    void srtAndVttParseBackToTheCuesWithFrameExactTimes() throws IOException {
        SubtitleTrack track = beats();
        Path srt = dir.resolve("scene.srt");
        Path vtt = dir.resolve("scene.vtt");
        SubtitleWriter.writeSrt(srt, track);
        SubtitleWriter.writeVtt(vtt, track);
        String vttText = Files.readString(vtt, StandardCharsets.UTF_8);
        assertTrue(vttText.startsWith("WEBVTT\n\n"), "VTT header");
        assertTrue(vttText.contains("x &lt; y &amp; \"z\" &gt; w"), "VTT escapes markup characters");
        for (List<ParsedSubtitles.Cue> parsed : List.of(ParsedSubtitles.parse(Files.readString(srt, StandardCharsets.UTF_8), false), ParsedSubtitles.parse(vttText, true))) {
            assertEquals(track.cues().size(), parsed.size());
            for (int i = 0; i < parsed.size(); i++) {
                SubtitleCue cue = track.cues().get(i);
                assertEquals(new ParsedSubtitles.Cue(frameMillis(cue.startFrame()), frameMillis(cue.endFrame()), cue.text()), parsed.get(i));
            }
        }
        assertEquals(List.of(), FolderListing.names(dir).stream().filter(n -> n.startsWith(".")).toList());
    }

    @Test
    void timesAreFrameBoundariesRoundedToTheMillisecond() {
        assertEquals("00:00:00,033", SubtitleWriter.time(1, 30, ','));
        assertEquals("00:00:00.067", SubtitleWriter.time(2, 30, '.'));
        assertEquals("01:01:01,500", SubtitleWriter.time((3661 * 2 + 1) * 12, 24, ','));
        assertEquals("00:00:00,042", SubtitleWriter.time(1, 24, ','));
    }

    @Test
    void longNarrationIsSplitIntoCuesOfAtMostTwoLinesSharingTheSpokenTimeByLength() {
        SubtitleTrack track = beats();
        List<SubtitleCue> voiced = track.cues().stream().filter(c -> c.startFrame() >= 90 && c.startFrame() < 420).toList();
        assertTrue(voiced.size() >= 2, "split into " + voiced.size() + " cues");
        assertEquals(CaptionLines.normalise(LONG), String.join(" ", voiced.stream().map(c -> c.text().replace('\n', ' ')).toList()),
                "all the words, in order, none lost");
        int spokenEnd = 90 + (int) Math.ceil(9.2 * FPS);
        double total = voiced.stream().mapToInt(c -> CaptionLines.length(c.text().replace('\n', ' '))).sum();
        for (int i = 0; i < voiced.size(); i++) {
            SubtitleCue cue = voiced.get(i);
            String[] lines = cue.text().split("\n");
            assertTrue(lines.length <= 2, "at most two lines: " + cue.text());
            for (String line : lines) {
                assertTrue(CaptionLines.length(line) <= CaptionLines.MAX_LINE_LENGTH, "line too long: " + line);
            }
            int end = i == voiced.size() - 1 ? spokenEnd : cue.endFrame();
            double share = CaptionLines.length(cue.text().replace('\n', ' ')) / total * (spokenEnd - 90);
            assertEquals(share, end - cue.startFrame(), 1.0, "frames of cue " + (i + 1) + " in proportion to its length");
        }
        assertEquals(90, voiced.get(0).startFrame());
        assertEquals(420, voiced.get(voiced.size() - 1).endFrame(), "the last cue stays until the beat ends");
        for (int i = 1; i < voiced.size(); i++) {
            assertEquals(voiced.get(i - 1).endFrame(), voiced.get(i).startFrame(), "cues follow one another without gaps");
        }
    }

    @Test
    void beatsWithoutTextHaveNoCuesAndShortTextIsOneCue() {
        SubtitleTrack track = beats();
        assertTrue(track.cues().stream().noneMatch(c -> c.startFrame() >= 420 && c.startFrame() < 500));
        assertEquals(new SubtitleCue(0, 90, "AI চোখ না থাকলেও দেখে—কীভাবে?"), track.cues().get(0));
    }

    @Test
    void linesBreakAtSpacesAndALongWordStandsAlone() {
        String word = "অ".repeat(50);
        assertEquals(List.of("ক খ", word, "গ"), CaptionLines.lines("ক   খ\n" + word + " গ"));
        assertEquals(1, CaptionLines.length("কি"), "a vowel sign does not count apart from its consonant");
        assertEquals(2, CaptionLines.length("ক্ষ"), "a conjunct counts its letters, not the hasanta");
        assertEquals(6, CaptionLines.length("CNN-এর"));
    }

    @Test
    void subtitleSinkPutsBothFilesInPlaceOnlyWhenTheVideoFinishes() throws IOException {
        SubtitleTrack track = SubtitleTrack.fromBeats(FPS, List.of(BeatSubtitle.silent(0, 3, "এক")));
        Path srt = dir.resolve("out/scene.srt");
        Path vtt = dir.resolve("out/scene.vtt");
        try (SubtitleSink sink = SubtitleSink.open(srt, vtt, track)) {
            sink.accept(new PaintedFrame(0, 16, 16, g -> { }));
        }
        assertEquals(List.of(), FolderListing.names(dir.resolve("out")), "closed unfinished: nothing");
        try (SubtitleSink sink = SubtitleSink.open(srt, vtt, track)) {
            for (int n = 0; n < 3; n++) {
                sink.accept(new PaintedFrame(n, 16, 16, g -> { }));
            }
            assertFalse(Files.exists(srt));
            sink.finish();
        }
        assertEquals(List.of("scene.srt", "scene.vtt"), FolderListing.names(dir.resolve("out")));
        assertEquals("1\n00:00:00,000 --> 00:00:00,100\nএক\n\n", Files.readString(srt));
    }
}
