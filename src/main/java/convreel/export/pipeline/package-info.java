/**
 * Renders a timeline: {@link convreel.export.pipeline.TimelineRenderer} paints frames on several
 * threads ({@code PaintWorkers}, {@code FramePipeline}) and hands them to a sink in order, skips frames
 * that repeat the one before ({@code FramePrints}), writes a single still, or renders an MP4 through
 * the segment cache, one segment per beat ({@code SegmentPlan}), reporting what it reused in a
 * {@link convreel.export.pipeline.CacheUse}. {@link convreel.export.pipeline.Quality} is how finely,
 * and {@link convreel.export.pipeline.RenderBenchmark} measures painting and encoding apart for
 * {@code convreel bench}.
 */
package convreel.export.pipeline;
