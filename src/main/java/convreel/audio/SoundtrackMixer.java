package convreel.audio;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Soundtrack} in two passes over 100 ms blocks, so memory stays flat whatever the
 * length: first the voices and the ducked, looped music are summed into a temporary PCM file while its
 * loudness is measured; then the file runs through FFmpeg's {@code volume} (the gain that brings it to
 * {@value #TARGET_LUFS} LUFS) and {@code alimiter}, the limiter run on a 4× oversampled signal so that
 * it catches the peaks between samples too (true peaks). If limiting lowered the loudness by more than
 * {@value #TOLERANCE_LU} LU, the second pass is repeated with the gain corrected.
 */
final class SoundtrackMixer {
    /** YouTube's reference loudness. */
    static final double TARGET_LUFS = -14;
    /** The limiter's ceiling; AAC encoding adds a little overshoot, and the delivered file must stay under −1 dBTP. */
    static final double LIMIT_DBTP = -2;
    /** How close to the target the normalised mix must come before a further pass is tried. */
    static final double TOLERANCE_LU = 0.3;
    /** How much further the music drops while a voice speaks. */
    static final double DUCK_DB = 12;
    /** Length of the ducking ramps. */
    static final double RAMP_SECONDS = 0.3;
    /** Voices closer than this are ducked as one stretch. */
    static final double MERGE_SECONDS = 1.0;
    static final double MUSIC_FADE_IN_SECONDS = 1.0;
    static final double MUSIC_FADE_OUT_SECONDS = 2.0;
    /** A short fade where a looping track ends and starts again, so the seam does not click. */
    static final int LOOP_SEAM_SAMPLES = Pcm.SAMPLE_RATE / 100;
    private static final int PASSES = 3;
    private static final double MAX_GAIN_DB = 40;

    private static final int BLOCK = AudioFilterGraph.BLOCK;

    private SoundtrackMixer() {
    }

    static MixedAudio mix(Soundtrack soundtrack, Path work) throws IOException {
        long total = soundtrack.samples();
        PcmFile premix = PcmFile.create(work, ".premix-");
        boolean handedOver = false;
        try {
            Loudness before = premix(soundtrack, total, premix);
            if (!before.isMeasurable()) {
                // Silence (or next to it): nothing to normalise.
                handedOver = true;
                return new MixedAudio(premix, before, before);
            }
            double gain = Math.min(TARGET_LUFS - before.integratedLufs(), MAX_GAIN_DB);
            for (int pass = 1; ; pass++) {
                PcmFile out = PcmFile.create(work, ".mix-");
                try {
                    Loudness after = normalise(premix, out, gain, total);
                    double error = TARGET_LUFS - after.integratedLufs();
                    if (Math.abs(error) <= TOLERANCE_LU || pass == PASSES || !after.isMeasurable()) {
                        MixedAudio mixed = new MixedAudio(out, before, after);
                        out = null;
                        return mixed;
                    }
                    gain = Math.min(gain + error, MAX_GAIN_DB);
                } finally {
                    if (out != null) {
                        out.close();
                    }
                }
            }
        } finally {
            if (!handedOver) {
                premix.close();
            }
        }
    }

    /** Sums voices and music into {@code file}; returns the loudness of the sum. */
    private static Loudness premix(Soundtrack soundtrack, long total, PcmFile file) throws IOException {
        float[] block = new float[BLOCK * Pcm.CHANNELS];
        try (PcmFile.Writer out = file.write();
                LoudnessMeter meter = LoudnessMeter.open(false);
                Voices voices = new Voices(soundtrack);
                MusicBed music = MusicBed.of(soundtrack, total)) {
            for (long t = 0; t < total; ) {
                int n = (int) Math.min(BLOCK, total - t);
                Arrays.fill(block, 0, n * Pcm.CHANNELS, 0f);
                voices.addTo(block, t, n);
                if (music != null) {
                    music.addTo(block, t, n);
                }
                out.write(block, n);
                meter.accept(block, n);
                t += n;
            }
            return meter.finish();
        }
    }

    /** Runs {@code in} through gain and the true-peak limiter into {@code out}; returns the result's loudness. */
    private static Loudness normalise(PcmFile in, PcmFile out, double gainDb, long total) throws IOException {
        String graph = String.format(Locale.ROOT,
                "volume=volume=%.4fdB:precision=float,aresample=%d,"
                        + "alimiter=limit=%.6f:attack=5:release=50:level=0:latency=1,aresample=%d,"
                        + "%s,aformat=sample_fmts=flt:channel_layouts=stereo",
                gainDb, 4 * Pcm.SAMPLE_RATE, Pcm.decibelsToGain(LIMIT_DBTP), Pcm.SAMPLE_RATE,
                LoudnessMeter.filter(true));
        float[] block = new float[BLOCK * Pcm.CHANNELS];
        double[] integrated = {Double.NEGATIVE_INFINITY};
        double[] peak = {0};
        try (PcmSource source = in.read();
                PcmFile.Writer writer = out.write();
                AudioFilterGraph filter = AudioFilterGraph.start(graph)) {
            AudioFilterGraph.Output sink = (samples, metadata) -> {
                String i = metadata.get("lavfi.r128.I");
                if (i != null) {
                    integrated[0] = Double.parseDouble(i);
                }
                String p = metadata.get("lavfi.r128.true_peak");
                if (p != null) {
                    peak[0] = Math.max(peak[0], Double.parseDouble(p));
                }
                if (samples != null) {
                    long room = total - writer.written();
                    if (room <= 0) {
                        return;
                    }
                    FloatBuffer view = samples.duplicate();
                    if (view.remaining() / Pcm.CHANNELS > room) {
                        view.limit(view.position() + (int) room * Pcm.CHANNELS);
                    }
                    writer.write(view);
                }
            };
            int n;
            while ((n = source.read(block, BLOCK)) > 0) {
                filter.push(block, n);
                filter.drain(sink);
            }
            filter.end();
            filter.drain(sink);
            // The resamplers may hand back a few samples fewer than went in; pad to the exact length.
            Arrays.fill(block, 0f);
            while (writer.written() < total) {
                writer.write(block, (int) Math.min(BLOCK, total - writer.written()));
            }
        }
        return LoudnessMeter.result(integrated[0], peak[0], out.samples());
    }

    /** The voices, each opened when its start comes near and closed when it has played. */
    private static final class Voices implements AutoCloseable {
        private final Iterator<Placed> waiting;
        private final List<Playing> playing = new ArrayList<>();
        private final float[] scratch = new float[BLOCK * Pcm.CHANNELS];
        private Placed next;

        private record Placed(long start, NarrationClip clip) {
        }

        private record Playing(long start, float gain, AudioFileReader reader) {
        }

        Voices(Soundtrack soundtrack) {
            List<Placed> placed = new ArrayList<>();
            for (VoicePlacement voice : soundtrack.voices()) {
                placed.add(new Placed(voice.startSample(soundtrack.fps()), voice.clip()));
            }
            placed.sort(Comparator.comparingLong(Placed::start));
            waiting = placed.iterator();
            next = waiting.hasNext() ? waiting.next() : null;
        }

        void addTo(float[] block, long t, int n) throws IOException {
            while (next != null && next.start() < t + n) {
                playing.add(new Playing(next.start(), Pcm.decibelsToGain(next.clip().gainDb()),
                        AudioFileReader.open(next.clip().file())));
                next = waiting.hasNext() ? waiting.next() : null;
            }
            for (Iterator<Playing> it = playing.iterator(); it.hasNext(); ) {
                Playing voice = it.next();
                int offset = (int) Math.max(0, voice.start() - t);
                int wanted = n - offset;
                int got = voice.reader().read(scratch, wanted);
                float gain = voice.gain();
                for (int i = 0, j = offset * Pcm.CHANNELS; i < got * Pcm.CHANNELS; i++, j++) {
                    block[j] += scratch[i] * gain;
                }
                if (got < wanted) {
                    it.remove();
                    voice.reader().close();
                }
            }
        }

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (Playing voice : playing) {
                try {
                    voice.reader().close();
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            playing.clear();
            if (first != null) {
                throw first;
            }
        }
    }

    /** The music, looped to the video's length, faded in and out, and ducked under the voices. */
    private static final class MusicBed implements AutoCloseable {
        private final MusicTrack track;
        private final float gain;
        private final DuckingEnvelope ducking;
        private final long total;
        private final long fadeIn;
        private final long fadeOut;
        private final float[] scratch = new float[BLOCK * Pcm.CHANNELS];
        private final float[] gains = new float[BLOCK];
        private AudioFileReader reader;
        /** Position within the current pass through the file. */
        private long position;

        private MusicBed(MusicTrack track, DuckingEnvelope ducking, long total) throws IOException {
            this.track = track;
            this.gain = Pcm.decibelsToGain(track.gainDb());
            this.ducking = ducking;
            this.total = total;
            this.fadeIn = Math.min(Pcm.samples(MUSIC_FADE_IN_SECONDS), total / 4);
            this.fadeOut = Math.min(Pcm.samples(MUSIC_FADE_OUT_SECONDS), total / 3);
            this.reader = AudioFileReader.open(track.settings().file());
        }

        static MusicBed of(Soundtrack soundtrack, long total) throws IOException {
            if (soundtrack.music().isEmpty()) {
                return null;
            }
            List<long[]> spans = new ArrayList<>();
            for (VoicePlacement voice : soundtrack.voices()) {
                long start = voice.startSample(soundtrack.fps());
                spans.add(new long[] {start, start + voice.clip().samples()});
            }
            long ramp = Pcm.samples(RAMP_SECONDS);
            DuckingEnvelope ducking = new DuckingEnvelope(spans, ramp, Pcm.decibelsToGain(-DUCK_DB),
                    Math.max(2 * ramp, Pcm.samples(MERGE_SECONDS)));
            return new MusicBed(soundtrack.music().get(), ducking, total);
        }

        void addTo(float[] block, long t, int n) throws IOException {
            ducking.fill(t, gains, n);
            int done = 0;
            while (done < n) {
                int got = reader.read(scratch, n - done);
                for (int k = 0; k < got; k++) {
                    long now = t + done + k;
                    long inLoop = position + k;
                    float g = gain * gains[done + k] * seam(inLoop) * fades(now);
                    int j = (done + k) * Pcm.CHANNELS;
                    block[j] += scratch[2 * k] * g;
                    block[j + 1] += scratch[2 * k + 1] * g;
                }
                done += got;
                position += got;
                if (done < n) {
                    if (position == 0) {
                        throw new IOException("music file " + track.settings().file() + " no longer has any sound");
                    }
                    // The end of the file: start it again.
                    reader.close();
                    reader = AudioFileReader.open(track.settings().file());
                    position = 0;
                }
            }
        }

        private float seam(long inLoop) {
            long fromEnd = track.samples() - inLoop;
            long nearest = Math.min(inLoop, fromEnd);
            return nearest >= LOOP_SEAM_SAMPLES ? 1f : (float) Math.max(0, nearest) / LOOP_SEAM_SAMPLES;
        }

        private float fades(long now) {
            float in = fadeIn > 0 && now < fadeIn ? (float) now / fadeIn : 1f;
            long left = total - now;
            float out = fadeOut > 0 && left < fadeOut ? (float) left / fadeOut : 1f;
            return in * out;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
