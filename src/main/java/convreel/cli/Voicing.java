package convreel.cli;

import convreel.audio.BeatTiming;
import convreel.audio.ClipCache;
import convreel.audio.MusicException;
import convreel.audio.MusicSettings;
import convreel.audio.MusicTrack;
import convreel.audio.NarrationClip;
import convreel.audio.NarrationException;
import convreel.audio.NarrationRequest;
import convreel.audio.Narrator;
import convreel.audio.TtsEngine;
import convreel.model.Beat;
import convreel.model.Scene;
import convreel.model.Voiceover;
import convreel.script.SceneException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scene's voice: every beat that speaks, as a clip (a recorded file, or synthesised and cached),
 * and the beat lengths that follow from it. Problems with the voice or the music are scene errors
 * pointing at the line that asked for them.
 *
 * @param clips   one clip per speaking beat whose voice is known, in beat order
 * @param seconds how long each beat lasts: its seconds, or longer to fit its voice
 * @param music   the background music, decoded and measured, if the scene has any
 * @param unknown the beats (from 0) that speak but have no clip, because it was not synthesised
 *                ({@link #withoutSpeaking}); they last their own seconds. Empty after {@link #of}.
 */
record Voicing(List<NarrationClip> clips, double[] seconds, Optional<MusicTrack> music, List<Integer> unknown) {

    Voicing {
        clips = List.copyOf(clips);
        unknown = List.copyOf(unknown);
    }

    /** Synthesises (or takes from {@code cache}) every beat's voice and times the beats to it. */
    static Voicing of(Scene scene, Path cache) throws SceneException, IOException {
        return voiced(scene, cache, true);
    }

    /**
     * The voice as far as it is known without running a text-to-speech program: voice files, and
     * clips an earlier render left in {@code cache}. Writes nothing, so commands that only look at a
     * scene ({@code inspect}) can use it on a scene from anyone.
     */
    static Voicing withoutSpeaking(Scene scene, Path cache) throws SceneException, IOException {
        return voiced(scene, cache, false);
    }

    private static Voicing voiced(Scene scene, Path cache, boolean speak) throws SceneException, IOException {
        Voiceover voiceover = scene.voiceover();
        Optional<TtsEngine> engine;
        try {
            engine = voiceover.speech().map(Voicing::engine);
        } catch (IllegalArgumentException bad) {
            throw SceneException.at(voiceover.speech().orElseThrow().where(), bad.getMessage(), "fix the tts: block");
        }
        List<NarrationRequest> requests = new ArrayList<>();
        for (int i = 0; i < voiceover.beats().size(); i++) {
            Voiceover.BeatVoice voice = voiceover.beats().get(i);
            if (voice.file().isPresent()) {
                requests.add(NarrationRequest.recorded(i, voice.narration(), voice.file().get()));
            } else if (engine.isPresent() && voice.speaks()) {
                requests.add(NarrationRequest.spoken(i, voice.narration()));
            }
        }
        List<NarrationClip> clips;
        try {
            Narrator narrator = new Narrator(engine, new ClipCache(cache.resolve("tts")));
            clips = speak ? narrator.prepare(requests) : narrator.prepareWithoutSpeaking(requests);
        } catch (NarrationException failed) {
            Voiceover.BeatVoice beat = voiceover.beats().get(failed.beatIndex());
            boolean engineAtFault = failed.programMissing() && voiceover.speech().isPresent() && beat.file().isEmpty();
            throw SceneException.at(engineAtFault ? voiceover.speech().get().where() : beat.where(),
                    "beat " + (failed.beatIndex() + 1) + ": " + failed.problem(), failed.hint());
        }
        List<Integer> unknown = new ArrayList<>();
        for (NarrationRequest request : requests) {
            if (clips.stream().noneMatch(clip -> clip.beatIndex() == request.beatIndex())) {
                unknown.add(request.beatIndex());
            }
        }
        double[] given = scene.beats().stream().mapToDouble(Beat::seconds).toArray();
        return new Voicing(clips, BeatTiming.resolve(given, clips), music(scene), unknown);
    }

    /** Whether anything is heard. */
    boolean audible() {
        return !clips.isEmpty() || music.isPresent();
    }

    private static Optional<MusicTrack> music(Scene scene) throws SceneException {
        Optional<Voiceover.Music> music = scene.voiceover().music();
        if (music.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MusicTrack.prepare(new MusicSettings(music.get().file(), music.get().volume())));
        } catch (MusicException unusable) {
            throw SceneException.at(music.get().where(), unusable.problem(), unusable.hint());
        }
    }

    /** The clip of beat {@code index}, if it speaks. */
    Optional<NarrationClip> clipOf(int index) {
        return clips.stream().filter(clip -> clip.beatIndex() == index).findFirst();
    }

    private static TtsEngine engine(Voiceover.Speech speech) {
        if (speech instanceof Voiceover.Speech.Espeak espeak) {
            return new TtsEngine.EspeakNg(espeak.voice());
        }
        Voiceover.Speech.Command command = (Voiceover.Speech.Command) speech;
        return TtsEngine.Command.parse(command.template(), command.format());
    }
}
