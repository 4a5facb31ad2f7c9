/**
 * Captions as subtitle files: each beat's caption ({@link convreel.export.subtitle.BeatSubtitle}) split
 * into {@link convreel.export.subtitle.SubtitleCue}s of at most two lines ({@code CaptionLines}), timed
 * to the frame and to the voice ({@link convreel.export.subtitle.SubtitleTrack}), and written as SRT and
 * WebVTT ({@link convreel.export.subtitle.SubtitleWriter}) by a sink that checks the video holds the
 * frames the cues promise ({@link convreel.export.subtitle.SubtitleSink}).
 */
package convreel.export.subtitle;
