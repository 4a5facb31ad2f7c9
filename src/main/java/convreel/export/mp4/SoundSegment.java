package convreel.export.mp4;

import convreel.audio.MixedAudio;
import convreel.audio.Pcm;
import convreel.audio.PcmSource;
import convreel.audio.Soundtrack;
import convreel.io.Sha256;
import convreel.io.StagedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;

/**
 * A video's sound track, mixed and encoded to AAC once and kept in the {@link SegmentCache} beside the
 * picture segments, as an MP4 of its own. Mixing, normalising and AAC-encoding a four-minute track
 * costs several times what joining the segments does, so a re-render that changed only pictures
 * copies the cached sound's packets ({@link SegmentJoiner}) as it copies the unchanged beats'.
 *
 * <p>The key covers everything the encoded bytes depend on: the running program (which pins the mixer,
 * FFmpeg and the encoder settings), the AAC settings, and the {@linkplain Soundtrack#fingerprint()
 * soundtrack's fingerprint}, which hashes the voice and music files' contents. The file is written
 * and checked exactly as a picture segment is: staged, checked to be a whole MP4, hashed, renamed.
 */
public final class SoundSegment {

    private SoundSegment() {
    }

    /** The cache key of {@code soundtrack}'s encoded sound under the convreel named {@code program}. */
    public static String key(Soundtrack soundtrack, String program) throws IOException {
        byte[] description = ("sound " + program + "\n" + AacTrack.IDENTITY + "\n" + soundtrack.fingerprint())
                .getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(Sha256.digest().digest(description));
    }

    /**
     * The cached file of the sound with {@code key}: the one in {@code cache} if it is intact, else
     * {@code soundtrack} mixed now (temporary audio in {@code work}) and encoded into the cache.
     * Returns whether it was reused.
     */
    public static boolean ensure(Soundtrack soundtrack, String key, SegmentCache cache, Path work) throws IOException {
        SegmentCache.State state = cache.check(key);
        if (state == SegmentCache.State.INTACT) {
            return true;
        }
        if (state.damaged()) {
            cache.forget(key);
        }
        try (MixedAudio sound = soundtrack.mix(work)) {
            write(sound, cache.fileOf(key), staging -> cache.record(key, staging));
        }
        return false;
    }

    /** Encodes {@code sound} whole into {@code output}, an MP4 holding one AAC stream. */
    private static void write(MixedAudio sound, Path output, Mp4Sink.Check beforeCommit) throws IOException {
        try (StagedOutput staged = StagedOutput.file(output); PcmSource audio = sound.open()) {
            FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(staged.staging().toString(), Pcm.CHANNELS);
            try {
                recorder.setFormat("mp4");
                AacTrack.configure(recorder);
                recorder.start();
                new AacTrack(recorder, audio).writeUntil(sound.samples());
                // stop() drains the encoder: this recorder encodes, it copies nothing.
                recorder.stop();
                Mp4Boxes.requireComplete(staged.staging(), staged.target());
                beforeCommit.accept(staged.staging());
                staged.commit();
            } catch (FrameRecorder.Exception e) {
                throw StorageLimitException.translate(staged.target(),
                        new IOException("cannot encode the sound track: " + e.getMessage(), e));
            } catch (IOException e) {
                throw StorageLimitException.translate(staged.target(), e);
            } finally {
                try {
                    recorder.release();
                } catch (FrameRecorder.Exception e) {
                    // already failing, or already released by stop()
                }
            }
        }
    }
}
