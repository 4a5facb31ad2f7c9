package convreel.paint;

import java.text.BreakIterator;
import java.text.CharacterIterator;

/**
 * Where a line of Bangla text may break: the JDK's line breaks, less the one it allows before a dari
 * ({@code ।}, {@code ॥}). Unicode's line-breaking rules (UAX #14, class BA) let a line break after a
 * dari, as after a full stop, never before it; the JDK breaks there, and a wrapped caption could end
 * on a line holding a lone {@code ।}.
 */
final class BanglaLineBreaks extends BreakIterator {
    private BreakIterator jdk = BreakIterator.getLineInstance();
    /** The text's characters and the index of the first, kept apart so that reading them moves no iterator. */
    private String chars = "";
    private int begin;

    @Override
    public void setText(CharacterIterator text) {
        StringBuilder copy = new StringBuilder(text.getEndIndex() - text.getBeginIndex());
        for (char c = text.first(); c != CharacterIterator.DONE; c = text.next()) {
            copy.append(c);
        }
        chars = copy.toString();
        begin = text.getBeginIndex();
        jdk.setText(text);
    }

    @Override
    public CharacterIterator getText() {
        return jdk.getText();
    }

    @Override
    public int first() {
        return jdk.first();
    }

    @Override
    public int last() {
        return jdk.last();
    }

    @Override
    public int current() {
        return jdk.current();
    }

    @Override
    public int next() {
        return allowedFrom(jdk.next(), true);
    }

    @Override
    public int previous() {
        return allowedFrom(jdk.previous(), false);
    }

    @Override
    public int next(int n) {
        int boundary = current();
        for (int i = 0; i < Math.abs(n) && boundary != DONE; i++) {
            boundary = n > 0 ? next() : previous();
        }
        return boundary;
    }

    @Override
    public int following(int offset) {
        return allowedFrom(jdk.following(offset), true);
    }

    @Override
    public int preceding(int offset) {
        return allowedFrom(jdk.preceding(offset), false);
    }

    @Override
    public boolean isBoundary(int offset) {
        return jdk.isBoundary(offset) && allowed(offset);
    }

    @Override
    public BanglaLineBreaks clone() {
        BanglaLineBreaks copy = (BanglaLineBreaks) super.clone();
        copy.jdk = (BreakIterator) jdk.clone();
        return copy;
    }

    /** {@code boundary}, or the JDK's next one in that direction where a line may break. */
    private int allowedFrom(int boundary, boolean forward) {
        while (!allowed(boundary)) {
            boundary = forward ? jdk.next() : jdk.previous();
        }
        return boundary;
    }

    /** Whether a line may break at {@code boundary}, one of the JDK's: not right before a dari. */
    private boolean allowed(int boundary) {
        int index = boundary - begin;
        if (boundary == DONE || index <= 0 || index >= chars.length()) {
            return true;
        }
        char next = chars.charAt(index);
        return next != '\u0964' && next != '\u0965';
    }
}
