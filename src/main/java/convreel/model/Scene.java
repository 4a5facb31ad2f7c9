package convreel.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole scene file, validated: the input image, the kernels slid over it, the convolution
 * settings and the beats that tell the story. {@code name} is the file name without {@code .yaml};
 * it names the outputs. {@code numerals} says how numbers are written on screen, {@code format} which
 * frame (16:9, 9:16, 1:1) it is rendered to, {@code voiceover} what is heard; {@code picture} is the
 * picture file whose patch the image is, if the scene gave its image as a picture; {@code ending} how its
 * last moments lead out (or, in a feed that replays it, back in); {@code captions} whether the captions
 * are drawn, shipped as subtitle files, or both.
 */
public record Scene(
        String name,
        String title,
        Matrix image,
        List<Kernel> kernels,
        Stride stride,
        Padding padding,
        Activation activation,
        List<Beat> beats,
        int fps,
        Numerals numerals,
        Format format,
        Voiceover voiceover,
        Optional<Picture> picture,
        Ending ending,
        Captions captions) {

    public Scene {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(stride, "stride");
        Objects.requireNonNull(padding, "padding");
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(numerals, "numerals");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(voiceover, "voiceover");
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(captions, "captions");
        kernels = List.copyOf(kernels);
        beats = List.copyOf(beats);
        if (kernels.isEmpty()) {
            throw new IllegalArgumentException("a scene needs at least one kernel");
        }
        if (beats.isEmpty()) {
            throw new IllegalArgumentException("a scene needs at least one beat");
        }
        if (voiceover.beats().size() != beats.size()) {
            throw new IllegalArgumentException("the voiceover has " + voiceover.beats().size() + " beats but the scene "
                    + beats.size());
        }
        if (fps < Limits.MIN_FPS || fps > Limits.MAX_FPS) {
            throw new IllegalArgumentException("fps must be between " + Limits.MIN_FPS + " and " + Limits.MAX_FPS + ", got " + fps);
        }
    }

    /** A scene whose image is numbers written in the scene file, that ends on its last beat, its captions burned in. */
    public Scene(String name, String title, Matrix image, List<Kernel> kernels, Stride stride, Padding padding,
            Activation activation, List<Beat> beats, int fps, Numerals numerals, Format format, Voiceover voiceover) {
        this(name, title, image, kernels, stride, padding, activation, beats, fps, numerals, format, voiceover,
                Optional.empty(), Ending.CUT, Captions.BURNED);
    }

    /** A scene with no voiceover: seen, not heard. */
    public Scene(String name, String title, Matrix image, List<Kernel> kernels, Stride stride, Padding padding,
            Activation activation, List<Beat> beats, int fps, Numerals numerals, Format format) {
        this(name, title, image, kernels, stride, padding, activation, beats, fps, numerals, format, silent(beats));
    }

    /** The same scene rendered to another frame. */
    public Scene withFormat(Format other) {
        return new Scene(name, title, image, kernels, stride, padding, activation, beats, fps, numerals, other, voiceover,
                picture, ending, captions);
    }

    /** The same scene telling other beats, heard as {@code voices} says (one voice per beat). */
    public Scene withBeats(List<Beat> others, Voiceover voices) {
        return new Scene(name, title, image, kernels, stride, padding, activation, others, fps, numerals, format, voices,
                picture, ending, captions);
    }

    /** The same scene with its captions drawn, shipped or both as {@code other} says. */
    public Scene withCaptions(Captions other) {
        return new Scene(name, title, image, kernels, stride, padding, activation, beats, fps, numerals, format, voiceover,
                picture, ending, other);
    }

    /** A scene that is seen and not heard: each beat's narration is its caption, and nothing speaks it. */
    public static Voiceover silent(List<Beat> beats) {
        return new Voiceover(java.util.Optional.empty(), java.util.Optional.empty(),
                beats.stream().map(b -> Voiceover.BeatVoice.of(b.caption(), java.util.Optional.empty(), null)).toList());
    }

    /** The sum of the beats' seconds. */
    public double seconds() {
        return beats.stream().mapToDouble(Beat::seconds).sum();
    }
}
