/**
 * The sound of a video: narration, music, mixing and loudness. It stands beside the picture pipeline
 * and depends on none of it; {@code export} consumes what it makes ({@code render → export → audio}),
 * and a scene reaches it through small records of its own ({@link convreel.audio.NarrationRequest},
 * {@link convreel.audio.MusicSettings}, {@link convreel.audio.TtsEngine}), which
 * {@code render.Voicing} fills in from the scene's voice-over. FFmpeg does the decoding and the
 * filters, through JavaCV, as in {@code export}. A new text-to-speech engine is one more
 * {@link convreel.audio.TtsEngine}.
 *
 * <p>The steps, in the order a render takes them:
 * <ol>
 *   <li>{@link convreel.audio.Narrator} gets each beat's voice: a recorded file, or the narration spoken
 *       by a {@link convreel.audio.TtsEngine} ({@code espeak-ng}, or a user's command) and kept in a
 *       {@link convreel.audio.ClipCache}; each clip's length and loudness are measured. A missing file
 *       or a failing engine is a {@link convreel.audio.NarrationException} naming the beat, raised
 *       before any output is opened. A command that only looks at a scene takes what exists without
 *       running the engine: the voice files and the clips already cached.</li>
 *   <li>{@link convreel.audio.BeatTiming} stretches beats to their voices (voice + 0.4 s).</li>
 *   <li>{@link convreel.audio.MusicTrack} checks and measures the music.</li>
 *   <li>A {@link convreel.audio.Soundtrack} (voices placed on their beats' first frames, music) is
 *       mixed into a {@link convreel.audio.MixedAudio}: every voice brought to the same loudness, the
 *       music looped, faded and ducked under the voices, the whole normalised to −14 LUFS with true
 *       peaks under −2 dBTP, exactly as long as the video.</li>
 *   <li>{@code export.mp4.Mp4Sink} encodes it as AAC-LC beside the pictures.</li>
 * </ol>
 * All sound is 48 kHz stereo float ({@link convreel.audio.Pcm}), streamed in 100 ms blocks through
 * temporary files, so memory stays flat however long the video.
 */
package convreel.audio;
