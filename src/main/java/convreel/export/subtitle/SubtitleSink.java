package convreel.export.subtitle;

import convreel.export.Frame;
import convreel.export.FrameSink;
import convreel.io.StagedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a video's subtitles as SRT and VTT sidecar files alongside the video, as a {@link FrameSink}
 * so they appear together with it: both are staged when the sink opens and moved into place by
 * {@link #finish()}; closing without finishing leaves nothing. The frames themselves are only
 * counted, to check that no subtitle runs past the end of the video.
 */
public final class SubtitleSink implements FrameSink {
    private final SubtitleTrack track;
    private final StagedOutput srt;
    private final StagedOutput vtt;
    private int frames;
    private boolean finished;

    private SubtitleSink(SubtitleTrack track, StagedOutput srt, StagedOutput vtt) {
        this.track = track;
        this.srt = srt;
        this.vtt = vtt;
    }

    /** Stages {@code srtFile} and {@code vttFile} with the track's text. */
    public static SubtitleSink open(Path srtFile, Path vttFile, SubtitleTrack track) throws IOException {
        Objects.requireNonNull(track, "track");
        StagedOutput srt = StagedOutput.file(srtFile);
        try {
            StagedOutput vtt = StagedOutput.file(vttFile);
            try {
                Files.writeString(srt.staging(), SubtitleWriter.srt(track), StandardCharsets.UTF_8);
                Files.writeString(vtt.staging(), SubtitleWriter.vtt(track), StandardCharsets.UTF_8);
                return new SubtitleSink(track, srt, vtt);
            } catch (IOException | RuntimeException e) {
                vtt.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            srt.close();
            throw e;
        }
    }

    @Override
    public void accept(Frame frame) {
        if (finished) {
            throw new IllegalStateException("accept() after finish()");
        }
        frames = Math.max(frames, frame.index() + 1);
    }

    /**
     * Tells the sink the video holds {@code frames} frames, when the video is written by other means than
     * frames passing through this sink (a video joined from cached segments).
     */
    public void videoHolds(int frames) {
        if (finished) {
            throw new IllegalStateException("videoHolds() after finish()");
        }
        this.frames = Math.max(this.frames, frames);
    }

    /** Moves both files into place, after checking the subtitles end within the video. */
    @Override
    public void finish() throws IOException {
        if (finished) {
            throw new IllegalStateException("finish() called twice");
        }
        int end = track.cues().isEmpty() ? 0 : track.cues().get(track.cues().size() - 1).endFrame();
        if (end > frames) {
            throw new IllegalStateException("the subtitles run to frame " + end + " but the video has " + frames + " frames");
        }
        srt.commit();
        vtt.commit();
        finished = true;
    }

    @Override
    public void close() throws IOException {
        try (srt; vtt) {
            // closing deletes whatever was not committed
        }
    }
}
