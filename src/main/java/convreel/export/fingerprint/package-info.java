/**
 * A frame reduced to a SHA-256 of the drawing calls its painter makes
 * ({@link convreel.export.fingerprint.FingerprintGraphics}), without rasterising it: equal
 * {@link convreel.export.fingerprint.Fingerprint}s mean equal pixels. The pipeline uses them to paint a
 * held pose once and to key cached segments by what they show.
 */
package convreel.export.fingerprint;
