/**
 * Frames as numbered image files: {@link convreel.export.image.ImageSequenceSink} writes
 * {@code 000001.png} (or {@code .svg}), {@code 000002.png}, … into a folder that appears whole or not at
 * all; SVG frames come from {@link convreel.export.image.SvgFrameWriter}, which replays the painter on
 * Batik's {@code SVGGraphics2D}, with Bangla drawn as shaped outlines.
 */
package convreel.export.image;
