package convreel.audio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gets every beat its voice: a recorded file as it is, or the narration spoken by the scene's
 * text-to-speech engine through the {@link ClipCache}; then measures each clip's length and loudness.
 * All of this happens before a frame is rendered, so a missing file or a failing engine stops the
 * render before any output is opened.
 */
public final class Narrator {
    private final Optional<TtsEngine> engine;
    private final ClipCache cache;
    private int synthesised;

    /** {@code engine} may be empty if every request has a voice file. */
    public Narrator(Optional<TtsEngine> engine, ClipCache cache) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** The clips of all {@code requests}, in the same order. */
    public List<NarrationClip> prepare(List<NarrationRequest> requests) throws NarrationException, IOException {
        List<NarrationClip> clips = new ArrayList<>(requests.size());
        for (NarrationRequest request : requests) {
            clips.add(prepare(request));
        }
        return List.copyOf(clips);
    }

    /**
     * The clips of {@code requests} that exist without running the engine, in the same order: every
     * voice file, and the spoken beats whose clip is already in the cache; the other spoken beats are
     * left out. For commands that must never run a program, such as {@code inspect}.
     */
    public List<NarrationClip> prepareWithoutSpeaking(List<NarrationRequest> requests) throws NarrationException, IOException {
        List<NarrationClip> clips = new ArrayList<>(requests.size());
        for (NarrationRequest request : requests) {
            if (request.voiceFile().isPresent()) {
                clips.add(recorded(request.beatIndex(), request.voiceFile().get()));
            } else if (engine.isPresent() && cache.contains(engine.get(), spokenText(request))) {
                clips.add(cached(request.beatIndex(), cache.location(engine.get(), spokenText(request))));
            }
        }
        return List.copyOf(clips);
    }

    /** The clip of one beat. */
    public NarrationClip prepare(NarrationRequest request) throws NarrationException, IOException {
        int beat = request.beatIndex();
        if (request.voiceFile().isPresent()) {
            return recorded(beat, request.voiceFile().get());
        }
        TtsEngine tts = engine.orElseThrow(() -> new NarrationException(beat,
                "the beat has narration to speak but the scene names no tts engine",
                "add a tts: block (engine: espeak-ng), or give the beat a voice: file", false, null));
        String text = spokenText(request);
        Path clip;
        try {
            boolean cached = cache.contains(tts, text);
            clip = cache.clip(tts, text);
            if (!cached) {
                synthesised++;
            }
        } catch (TtsException e) {
            throw NarrationException.of(beat, e);
        }
        return cached(beat, clip);
    }

    /** The text the engine speaks for {@code request}, which is also what its cached clip is keyed by. */
    private static String spokenText(NarrationRequest request) {
        return request.text().strip();
    }

    private static NarrationClip cached(int beat, Path clip) throws NarrationException {
        try {
            return measure(beat, clip);
        } catch (IOException e) {
            throw new NarrationException(beat, "the cached tts clip " + clip + " cannot be decoded: " + e.getMessage(),
                    "delete it to synthesise it again", false, e);
        }
    }

    /** How many clips this narrator had the engine synthesise (the rest came from the cache). */
    public int synthesised() {
        return synthesised;
    }

    private static NarrationClip recorded(int beat, Path file) throws NarrationException {
        String shown = "'" + file + "'";
        if (!Files.exists(file)) {
            throw new NarrationException(beat, "voice file " + shown + " does not exist",
                    "voice paths are relative to the scene file's folder", false, null);
        }
        if (Files.isDirectory(file)) {
            throw new NarrationException(beat, "voice file " + shown + " is a folder, not a sound file",
                    "name a wav, mp3, m4a, ogg or flac file", false, null);
        }
        if (!Files.isReadable(file)) {
            throw new NarrationException(beat, "voice file " + shown + " cannot be read (permission denied)", "", false, null);
        }
        NarrationClip clip;
        try {
            clip = measure(beat, file);
        } catch (NoSuchFileException e) {
            throw new NarrationException(beat, "voice file " + shown + " does not exist", "", false, e);
        } catch (IOException e) {
            throw new NarrationException(beat, "voice file " + shown + " cannot be decoded: " + e.getMessage(),
                    "use a wav, mp3, m4a, ogg or flac file", false, e);
        }
        if (clip.samples() == 0) {
            throw new NarrationException(beat, "voice file " + shown + " has no sound in it", "", false, null);
        }
        return clip;
    }

    private static NarrationClip measure(int beat, Path file) throws IOException {
        Loudness loudness = LoudnessMeter.measure(file, false);
        return new NarrationClip(beat, file, loudness.samples(), loudness.integratedLufs());
    }
}
