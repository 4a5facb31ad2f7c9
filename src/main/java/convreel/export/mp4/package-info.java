/**
 * The video file: {@link convreel.export.mp4.Mp4Sink} encodes H.264 High yuv420p (BT.709, converted by
 * {@code Bt709Converter}) with an AAC-LC sound track ({@code AacTrack}) through JavaCV's
 * {@code FFmpegFrameRecorder}, checks the finished file is whole ({@code Mp4Boxes}) and reports a full
 * disk as a {@link convreel.export.mp4.StorageLimitException}. Encoded {@link convreel.export.mp4.Segment}s
 * are kept between renders in a {@link convreel.export.mp4.SegmentCache}, written by a
 * {@link convreel.export.mp4.SegmentWriter} and joined without re-encoding by
 * {@link convreel.export.mp4.SegmentJoiner}. How a video is encoded is one
 * {@link convreel.export.mp4.VideoSpec}.
 */
package convreel.export.mp4;
