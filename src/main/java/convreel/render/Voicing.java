package convreel.render;

import convreel.audio.BeatTiming;
import convreel.audio.ClipCache;
import convreel.audio.MusicException;
import convreel.audio.MusicSettings;
import convreel.audio.MusicTrack;
import convreel.audio.NarrationClip;
import convreel.audio.NarrationException;
import convreel.audio.NarrationRequest;
import convreel.audio.Narrator;
import convreel.audio.Pcm;
import convreel.audio.TtsEngine;
import convreel.model.Beat;
import convreel.model.Limits;
import convreel.model.Location;
import convreel.model.Scene;
import convreel.model.Voiceover;
import convreel.script.SceneException;
import convreel.timeline.SpokenPhrase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A scene's voice: every beat that speaks, as a clip (a recorded file, or synthesised and cached),
 * and the beat lengths that follow from it. Problems with the voice or the music are scene errors
 * pointing at the line that asked for them.
 *
 * @param clips     the clips of every speaking beat whose voice is known, in beat order: one per
 *                  phrase, or its recorded file
 * @param seconds   how long each beat lasts: its seconds, or longer to fit its voice
 * @param music     the background music, if the scene has any: checked to lie in the scene's folder, but
 *                  decoded only when a render mixes it ({@link #musicTrack}), so that commands which draw
 *                  or time the scene never load FFmpeg for it
 * @param unknown   the beats (from 0) that speak but have no clip, because it was not synthesised
 *                  ({@link #withoutSpeaking}); they last their own seconds. Empty after {@link #of}.
 * @param cueStarts per beat, the cues its voice starts and the second of the beat each starts at:
 *                  where a phrase naming the cue starts, or the mark given for a recorded file
 */
public record Voicing(List<NarrationClip> clips, double[] seconds, Optional<Voiceover.Music> music, List<Integer> unknown,
        List<Map<String, Double>> cueStarts) {

    public Voicing {
        clips = List.copyOf(clips);
        unknown = List.copyOf(unknown);
        cueStarts = List.copyOf(cueStarts);
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
                requests.add(NarrationRequest.spoken(i, voice.phrases().stream().map(Voiceover.Phrase::text).toList()));
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
        double[] seconds = BeatTiming.resolve(given, clips);
        withinLimits(voiceover, seconds);
        return new Voicing(clips, seconds, voiceover.music(), unknown, cueStarts(voiceover, clips));
    }

    /**
     * The loader holds each beat and the video to their limits by the seconds the scene gives; a
     * voice can lengthen them, so the same limits hold again once the voice is known.
     */
    private static void withinLimits(Voiceover voiceover, double[] seconds) throws SceneException {
        double total = 0;
        for (int i = 0; i < seconds.length; i++) {
            total += seconds[i];
            Location where = voiceover.beats().get(i).where();
            if (seconds[i] > Limits.BEAT_SECONDS) {
                throw SceneException.at(where, String.format(Locale.ROOT,
                        "with its voice, beat %d lasts %.1f s, more than the limit of %.0f s for a beat", i + 1, seconds[i],
                        Limits.BEAT_SECONDS), "shorten its narration or voice file, or split the beat");
            }
            if (total > Limits.VIDEO_SECONDS) {
                throw SceneException.at(where, String.format(Locale.ROOT,
                        "with the voice, the video would pass the limit of %.0f s at beat %d", Limits.VIDEO_SECONDS, i + 1),
                        "shorten the narration, or split the video into parts");
            }
        }
    }

    /**
     * Where each beat's voice starts its cues: a spoken beat's k-th clip is its k-th phrase, so a
     * phrase that names a cue starts it where the clip starts; a recorded beat gives its marks.
     */
    private static List<Map<String, Double>> cueStarts(Voiceover voiceover, List<NarrationClip> clips) {
        List<Map<String, Double>> starts = new ArrayList<>();
        for (int i = 0; i < voiceover.beats().size(); i++) {
            Voiceover.BeatVoice voice = voiceover.beats().get(i);
            Map<String, Double> beat = new LinkedHashMap<>();
            if (voice.file().isPresent()) {
                voice.marks().forEach(mark -> beat.put(mark.cue(), mark.seconds()));
            } else {
                int beatIndex = i;
                List<NarrationClip> phrases = clips.stream().filter(c -> c.beatIndex() == beatIndex).toList();
                for (int k = 0; k < phrases.size() && k < voice.phrases().size(); k++) {
                    double start = phrases.get(k).startSeconds();
                    voice.phrases().get(k).cue().ifPresent(cue -> beat.put(cue, start));
                }
            }
            starts.add(Map.copyOf(beat));
        }
        return List.copyOf(starts);
    }

    /**
     * Per beat, its voice as heard: a spoken beat's k-th clip says its k-th phrase; a recorded file
     * says the beat's narration. A beat whose voice is not known (or silent) has none.
     */
    List<List<SpokenPhrase>> phrases(Voiceover voiceover) {
        List<List<SpokenPhrase>> beats = new ArrayList<>();
        for (int i = 0; i < voiceover.beats().size(); i++) {
            Voiceover.BeatVoice voice = voiceover.beats().get(i);
            int beatIndex = i;
            List<NarrationClip> heard = clips.stream().filter(c -> c.beatIndex() == beatIndex).toList();
            List<SpokenPhrase> phrases = new ArrayList<>();
            for (int k = 0; k < heard.size(); k++) {
                String text = voice.file().isPresent() || k >= voice.phrases().size() ? voice.narration()
                        : voice.phrases().get(k).text();
                NarrationClip clip = heard.get(k);
                phrases.add(new SpokenPhrase(clip.startSeconds(), Pcm.seconds(clip.end()), text));
            }
            beats.add(List.copyOf(phrases));
        }
        return List.copyOf(beats);
    }

    /** Whether anything is heard. */
    boolean audible() {
        return !clips.isEmpty() || music.isPresent();
    }

    /**
     * The music decoded and measured, if the scene has any; a file that does not decode, or is silent,
     * is a scene error at the {@code music:} line. Decodes the whole file each time it is called.
     */
    Optional<MusicTrack> musicTrack() throws SceneException {
        if (music.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MusicTrack.prepare(new MusicSettings(music.get().file(), music.get().volume())));
        } catch (MusicException unusable) {
            throw SceneException.at(music.get().where(), unusable.problem(), unusable.hint());
        }
    }

    /** How long beat {@code index}'s voice lasts, from the beat's start to the end of its last phrase, if it speaks. */
    Optional<Double> voiceSeconds(int index) {
        return clips.stream().filter(clip -> clip.beatIndex() == index).mapToLong(NarrationClip::end).max()
                .stream().mapToObj(Pcm::seconds).findFirst();
    }

    private static TtsEngine engine(Voiceover.Speech speech) {
        if (speech instanceof Voiceover.Speech.Espeak espeak) {
            return new TtsEngine.EspeakNg(espeak.voice());
        }
        Voiceover.Speech.Command command = (Voiceover.Speech.Command) speech;
        return TtsEngine.Command.parse(command.template(), command.format());
    }
}
