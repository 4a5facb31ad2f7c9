package convreel.audio;

import java.io.IOException;

/**
 * A finished soundtrack, normalised and limited, held in a temporary PCM file: {@link #open()} reads
 * it from the start (as often as needed), {@link #close()} deletes it.
 */
public final class MixedAudio implements AutoCloseable {
    private final PcmFile file;
    private final Loudness premix;
    private final Loudness loudness;

    MixedAudio(PcmFile file, Loudness premix, Loudness loudness) {
        this.file = file;
        this.premix = premix;
        this.loudness = loudness;
    }

    /** The length in {@link Pcm} samples: exactly the video's length. */
    public long samples() {
        return file.samples();
    }

    /** The mix as it was before normalising. */
    public Loudness premix() {
        return premix;
    }

    /** The finished sound as measured before encoding. */
    public Loudness loudness() {
        return loudness;
    }

    /** Reads the sound from the start. */
    public PcmSource open() throws IOException {
        return file.read();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
