package convreel.audio;

import convreel.io.Sha256;
import convreel.io.StagedOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Synthesised narration clips kept in a folder (such as {@code output/.cache/tts/}), one file per
 * (engine, voice, command, text), named by the SHA-256 of those, so a re-render speaks each unchanged
 * text without running the engine again and an edit re-synthesises only what changed. A clip is
 * written under a hidden name and renamed into place only when the engine succeeded, so a failed or
 * interrupted synthesis never leaves a broken clip to be reused. Clips are never deleted here; delete
 * the folder to start afresh.
 */
public final class ClipCache {
    /** Bump to invalidate every cached clip when the way clips are made changes. */
    private static final String FORMAT = "convreel-tts-1";

    private final Path directory;

    public ClipCache(Path directory) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** Where the clip for {@code text} spoken by {@code engine} is (or would be) kept. */
    public Path location(TtsEngine engine, String text) {
        return directory.resolve(key(engine, text) + "." + engine.extension());
    }

    /** True if the clip is already cached. */
    public boolean contains(TtsEngine engine, String text) {
        return Files.isRegularFile(location(engine, text));
    }

    /**
     * The clip of {@code text} spoken by {@code engine}: the cached file if there is one, else a new
     * one synthesised now and cached.
     */
    public Path clip(TtsEngine engine, String text) throws TtsException, IOException {
        Path target = location(engine, text);
        if (Files.isRegularFile(target)) {
            return target;
        }
        try (StagedOutput clip = StagedOutput.file(target)) {
            // The engine makes the file itself: some programs refuse to write over one that exists.
            Files.delete(clip.staging());
            engine.synthesize(text, clip.staging(), directory);
            requireDecodable(clip.staging(), engine);
            clip.commit();
            return target;
        }
    }

    /** Refuses to cache a file FFmpeg cannot play, which every later render would trip over. */
    private static void requireDecodable(Path clip, TtsEngine engine) throws TtsException {
        try (AudioFileReader reader = AudioFileReader.open(clip)) {
            if (reader.read(new float[AudioFilterGraph.BLOCK * Pcm.CHANNELS], AudioFilterGraph.BLOCK) == 0) {
                throw new TtsException("the tts engine wrote an audio file with no sound in it", "", false);
            }
        } catch (IOException e) {
            throw new TtsException("the tts engine wrote a file FFmpeg cannot decode as audio ("
                    + e.getMessage() + ")",
                    "check that the engine writes ." + engine.extension() + " audio to {out}, or set the tts format", false);
        }
    }

    static String key(TtsEngine engine, String text) {
        MessageDigest sha = Sha256.digest();
        for (String part : new String[] {FORMAT, engine.identity(), text}) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            // length-prefixed, so no two different (identity, text) pairs hash the same bytes
            sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
