package convreel.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NarratorTest {
    private static final String BANGLA = "কনভলিউশন হলো CNN-এর চোখ";

    @TempDir
    Path dir;

    /** A stand-in TTS program: logs each run, keeps the text it got, and "speaks" a fixture clip. */
    private Path fakeTts(String body) throws IOException {
        Tones.speech(dir.resolve("voice.wav"), 1.5, 22_050, 1, 7);
        Path script = dir.resolve("fake-tts.sh");
        Files.writeString(script, "#!/bin/sh\nD='" + dir + "'\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    private Path speaking() throws IOException {
        return fakeTts("echo run >> \"$D/runs\"\nprintf '%s' \"$1\" > \"$D/text\"\ncp \"$D/voice.wav\" \"$2\"");
    }

    private int runs() throws IOException {
        Path runs = dir.resolve("runs");
        return Files.exists(runs) ? Files.readAllLines(runs).size() : 0;
    }

    private Narrator narrator(TtsEngine engine) {
        return new Narrator(Optional.of(engine), new ClipCache(dir.resolve("cache/tts")));
    }

    private List<String> cacheFiles() throws IOException {
        Path cache = dir.resolve("cache/tts");
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commandEngineGetsTheTextAsOneArgumentAndItsClipIsMeasured() throws Exception {
        Path script = speaking();
        String text = BANGLA + " — $(touch pwned); \"quoted\"";
        NarrationClip clip = narrator(TtsEngine.Command.parse(script + " {text} {out}", "wav"))
                .prepare(NarrationRequest.spoken(2, text)).get(0);
        assertEquals(text, Files.readString(dir.resolve("text")), "the program got the text verbatim");
        assertFalse(Files.exists(dir.resolve("pwned")));
        assertEquals(2, clip.beatIndex());
        assertEquals(1.5, clip.seconds(), 0.01);
        assertTrue(clip.loudnessLufs() > -40, "measured loudness " + clip.loudnessLufs());
    }

    @Test
    void cacheMakesTheSecondRenderSpeakWithoutRunningTheEngine() throws Exception {
        TtsEngine engine = TtsEngine.Command.parse(speaking() + " {text} {out}", "wav");
        List<NarrationRequest> requests = List.of(NarrationRequest.spoken(0, "প্রথম"), NarrationRequest.spoken(1, "দ্বিতীয়"));
        Narrator first = narrator(engine);
        List<NarrationClip> clips = first.prepare(requests);
        assertEquals(2, runs());
        assertEquals(2, first.synthesised());

        Narrator second = narrator(engine);
        assertEquals(clips, second.prepare(requests), "same clips, same measurements");
        assertEquals(2, runs(), "no further runs of the engine");
        assertEquals(0, second.synthesised());

        narrator(engine).prepare(List.of(NarrationRequest.spoken(0, "প্রথম"), NarrationRequest.spoken(1, "বদলানো")));
        assertEquals(3, runs(), "only the changed text is synthesised");
        TtsEngine otherVoice = TtsEngine.Command.parse(dir.resolve("fake-tts.sh") + " {text} {out} --voice x", "wav");
        narrator(otherVoice).prepare(List.of(NarrationRequest.spoken(0, "প্রথম")));
        assertEquals(4, runs(), "another command is another cache entry");
        assertTrue(cacheFiles().stream().noneMatch(name -> name.startsWith(".")), "no partial files: " + cacheFiles());
    }

    @Test
    void textGoesToStandardInputWhenTheTemplateHasNoTextPlaceholder() throws Exception {
        Path script = fakeTts("cat > \"$D/stdin\"\ncp \"$D/voice.wav\" \"$1\"");
        narrator(TtsEngine.Command.parse(script + " {out}", "wav")).prepare(NarrationRequest.spoken(0, BANGLA));
        assertEquals(BANGLA, Files.readString(dir.resolve("stdin")));
    }

    @Test
    void failingCommandNamesTheBeatQuotesTheProgramAndCachesNothing() throws Exception {
        Path script = fakeTts("echo 'voice bn-XX not found' >&2\nexit 3");
        NarrationException e = assertThrows(NarrationException.class,
                () -> narrator(TtsEngine.Command.parse(script + " {text} {out}", "wav")).prepare(NarrationRequest.spoken(4, "হ্যালো")));
        assertEquals(4, e.beatIndex());
        assertEquals("the tts command '" + script + "' failed with exit code 3: voice bn-XX not found", e.problem());
        assertTrue(e.getMessage().startsWith("beat 5: the tts command"), e.getMessage());
        assertTrue(e.hint().startsWith("run it by hand to see why: " + script), e.hint());
        assertFalse(e.programMissing());
        assertEquals(List.of(), cacheFiles(), "no clip, no partial file, no log left in the cache");
    }

    @Test
    void commandThatWritesNothingOrGarbageIsAnError() throws Exception {
        Path silent = fakeTts("exit 0");
        NarrationException nothing = assertThrows(NarrationException.class,
                () -> narrator(TtsEngine.Command.parse(silent + " {text} {out}", "wav")).prepare(NarrationRequest.spoken(0, "ক")));
        assertTrue(nothing.problem().contains("exited normally but wrote no audio"), nothing.problem());
        Path garbage = fakeTts("echo 'not audio at all' > \"$2\"");
        NarrationException broken = assertThrows(NarrationException.class,
                () -> narrator(TtsEngine.Command.parse(garbage + " {text} {out}", "wav")).prepare(NarrationRequest.spoken(0, "ক")));
        assertTrue(broken.problem().startsWith("the tts engine wrote a file FFmpeg cannot decode as audio"), broken.problem());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void missingProgramIsReportedAsNotInstalled() {
        NarrationException e = assertThrows(NarrationException.class,
                () -> narrator(TtsEngine.Command.parse("no-such-tts-program --text {text} --out {out}", "mp3"))
                        .prepare(NarrationRequest.spoken(0, "ক")));
        assertTrue(e.programMissing());
        assertEquals("the tts command's program 'no-such-tts-program' was not found", e.problem());
        assertEquals("install it, or write its full path in tts: command", e.hint());
    }

    @Test
    void missingVoiceFileNamesTheBeatAndTheFile() {
        Path missing = dir.resolve("voices/beat3.mp3");
        NarrationException e = assertThrows(NarrationException.class, () -> new Narrator(Optional.empty(),
                new ClipCache(dir.resolve("cache"))).prepare(NarrationRequest.recorded(2, "", missing)));
        assertEquals(2, e.beatIndex());
        assertEquals("voice file '" + missing + "' does not exist", e.problem());
        assertEquals("beat 3: voice file '" + missing + "' does not exist; voice paths are relative to the scene file's folder",
                e.getMessage());
    }

    @Test
    void voiceFileThatIsNotSoundIsAnError() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "just words");
        NarrationException e = assertThrows(NarrationException.class, () -> new Narrator(Optional.empty(),
                new ClipCache(dir.resolve("cache"))).prepare(NarrationRequest.recorded(0, "", text)));
        assertTrue(e.problem().startsWith("voice file '" + text + "' cannot be decoded"), e.problem());
    }

    @Test
    void recordedVoiceIsUsedAsItIsWithoutAnEngine() throws Exception {
        Path voice = Tones.speech(dir.resolve("beat1.wav"), 2.25, 44_100, 2, 3);
        NarrationClip clip = new Narrator(Optional.empty(), new ClipCache(dir.resolve("cache")))
                .prepare(NarrationRequest.recorded(0, "whatever it says", voice)).get(0);
        assertEquals(voice, clip.file());
        assertEquals(2.25, clip.seconds(), 0.001);
    }

    @Test
    void narrationWithoutEngineOrVoiceFileIsAnError() {
        NarrationException e = assertThrows(NarrationException.class, () -> new Narrator(Optional.empty(),
                new ClipCache(dir.resolve("cache"))).prepare(NarrationRequest.spoken(1, "কথা")));
        assertEquals("beat 2: the beat has narration to speak but the scene names no tts engine; "
                + "add a tts: block (engine: espeak-ng), or give the beat a voice: file", e.getMessage());
    }

    @Test
    void espeakNgSpeaksBangla() throws Exception {
        assumeTrue(TtsEngine.EspeakNg.isInstalled(), "espeak-ng is not installed (apt-get install espeak-ng)");
        Narrator narrator = narrator(TtsEngine.espeakNg());
        NarrationClip clip = narrator.prepare(NarrationRequest.spoken(0, BANGLA)).get(0);
        assertTrue(clip.seconds() > 1 && clip.seconds() < 10, "length " + clip.seconds());
        assertTrue(clip.loudnessLufs() > -40, "not silent: " + clip.loudnessLufs() + " LUFS");
        Loudness loudness = LoudnessMeter.measure(clip.file(), true);
        assertTrue(loudness.truePeakDbtp() > -30, "peak " + loudness.truePeakDbtp());
        assertEquals(1, narrator.synthesised());
        assertEquals(List.of(clip), narrator(TtsEngine.espeakNg()).prepare(NarrationRequest.spoken(0, BANGLA)), "cached");
    }

    @Test
    void espeakNgWithAnUnknownVoiceFails() throws IOException {
        assumeTrue(TtsEngine.EspeakNg.isInstalled(), "espeak-ng is not installed (apt-get install espeak-ng)");
        NarrationException e = assertThrows(NarrationException.class,
                () -> narrator(new TtsEngine.EspeakNg("zz-nothing")).prepare(NarrationRequest.spoken(0, "ক")));
        assertTrue(e.problem().startsWith("espeak-ng failed with exit code 1"), e.problem());
        assertEquals(List.of(), cacheFiles());
    }

    @Test
    void espeakNgVoiceNamesAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TtsEngine.EspeakNg("bn; rm"));
        assertTrue(e.getMessage().startsWith("espeak-ng voice 'bn; rm' is not a voice name"), e.getMessage());
    }

    @Test
    void phrasesAreSpokenAsClipsOfTheirOwnOneAfterAnother() throws Exception {
        assumeTrue(TtsEngine.EspeakNg.isInstalled(), "espeak-ng is not installed (apt-get install espeak-ng)");
        Narrator narrator = narrator(TtsEngine.espeakNg());
        List<NarrationClip> clips = narrator.prepare(NarrationRequest.spoken(3, List.of("প্রথম কথা", "তারপর দ্বিতীয় কথা")));
        assertEquals(2, clips.size());
        assertEquals(0, clips.get(0).offset(), "the first phrase starts with the beat");
        assertEquals(clips.get(0).end() + Pcm.samples(Narrator.PHRASE_GAP_SECONDS), clips.get(1).offset(),
                "the second starts a breath after the first ends");
        assertEquals(3, clips.get(1).beatIndex());
        assertEquals(2, narrator.synthesised(), "one clip synthesised per phrase");
    }
}
