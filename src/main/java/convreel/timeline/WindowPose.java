package convreel.timeline;

/**
 * Where the sliding window is drawn, in output-cell units: (1.5, 0) is half way between the windows
 * of output cells (1, 0) and (2, 0). Fractions appear only while the window moves.
 */
public record WindowPose(double row, double col) {
}
