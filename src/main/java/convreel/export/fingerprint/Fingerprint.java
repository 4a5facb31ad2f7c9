package convreel.export.fingerprint;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What one frame draws, reduced to a SHA-256 digest by {@link FingerprintGraphics}: equal fingerprints
 * mean equal pixels. A {@linkplain #unique() unique} fingerprint comes from a frame that drew something
 * that cannot be reduced (an image, a custom paint); it equals no other frame's and is never stored.
 */
public final class Fingerprint {
    private final byte[] digest;
    private final boolean coversCanvas;
    private final boolean unique;

    Fingerprint(byte[] digest, boolean coversCanvas, boolean unique) {
        if (digest.length != 32) {
            throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, got " + digest.length);
        }
        this.digest = digest.clone();
        this.coversCanvas = coversCanvas;
        this.unique = unique;
    }

    /**
     * Whether the frame's first drawing paints every pixel opaquely, so the frame does not depend on
     * what its canvas held before; if not, the canvas must be cleared before painting.
     */
    public boolean coversCanvas() {
        return coversCanvas;
    }

    /** Whether this frame drew something that cannot be fingerprinted; it then equals no other frame. */
    public boolean unique() {
        return unique;
    }

    /** Feeds the digest into {@code sha}. */
    public void addTo(java.security.MessageDigest sha) {
        sha.update(digest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fingerprint that && Arrays.equals(digest, that.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return HexFormat.of().formatHex(digest, 0, 8) + (unique ? " (unique)" : "");
    }
}
