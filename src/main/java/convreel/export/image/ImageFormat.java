package convreel.export.image;

import convreel.export.Frame;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** How one frame becomes one image file: a lossless PNG of its raster, or an SVG of its drawing. */
public enum ImageFormat {
    PNG("png") {
        @Override
        public void write(Frame frame, Path file) throws IOException {
            Files.write(file, FramePng.encode(frame.raster()));
        }
    },
    SVG("svg") {
        @Override
        public void write(Frame frame, Path file) throws IOException {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                SvgFrameWriter.write(frame, out);
            }
        }
    };

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Writes {@code frame} to {@code file}, replacing what is there. */
    public abstract void write(Frame frame, Path file) throws IOException;

    /** SVG for a file name ending in {@code .svg} (in any case), PNG for any other. */
    public static ImageFormat of(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg") ? SVG : PNG;
    }
}
