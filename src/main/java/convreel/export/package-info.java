/**
 * Where frames go. This package holds the contract every output format implements: a
 * {@link convreel.export.Frame} on its way out, a {@link convreel.export.FrameSink} with its lifecycle
 * (frames in order, then {@code finish()} puts the output in place; {@code close()} without it leaves
 * nothing), and {@link convreel.export.CompositeSink}, which feeds several sinks in one pass. Each
 * output format is a package of its own that implements it:
 * <ul>
 *   <li>{@code export.mp4}: H.264/AAC video through JavaCV, and the cache of encoded segments;</li>
 *   <li>{@code export.subtitle}: SRT and WebVTT captions;</li>
 *   <li>{@code export.image}: numbered PNG or SVG (Batik) frames.</li>
 * </ul>
 * {@code export.pipeline} drives a timeline through its painters into those sinks, and
 * {@code export.fingerprint} tells which frames are equal without painting them. A new output format is a
 * new package here with a {@code FrameSink}. Batik and JavaCV are imported in {@code export} and
 * {@code audio} only; outputs are staged through {@code convreel.io}.
 */
package convreel.export;
