package se.samverka.documents;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;

/**
 * A text made to fit a width: the largest size from {@code maxSize} down to {@code minSize} at
 * which it fits on one line; else two lines (broken at the space or hyphen that balances them
 * best) at the minimum size; and if even that is too wide, smaller still, so that it never
 * overflows.
 */
record FittedText(List<String> lines, float size) {

    /** Line spacing as a share of the size: room for Å above and descenders below. */
    static final float LEADING = 1.17f;
    /** How far the top of the tallest letters (Å) lies above the baseline, as a share of the size. */
    static final float ASCENT = 0.93f;

    static FittedText fit(String text, BaseFont font, float width, float maxSize, float minSize) {
        String shown = text == null ? "" : text.strip();
        float oneLine = Math.min(maxSize, sizeFitting(font, shown, width));
        if (oneLine >= minSize) {
            return new FittedText(List.of(shown), oneLine);
        }
        int breakAt = balancedBreak(font, shown);
        if (breakAt > 0) {
            String first = shown.substring(0, breakAt).stripTrailing();
            String second = shown.substring(breakAt).stripLeading();
            float twoLines = Math.min(minSize, sizeFitting(font, longer(font, first, second), width));
            if (twoLines > oneLine) {
                return new FittedText(List.of(first, second), twoLines);
            }
        }
        return new FittedText(List.of(shown), oneLine);
    }

    /** One line only: shrunk down to {@code minSize}, then cut with an ellipsis. */
    static FittedText oneLine(String text, BaseFont font, float width, float maxSize, float minSize) {
        String shown = text == null ? "" : text.strip();
        float size = Math.min(maxSize, sizeFitting(font, shown, width));
        if (size >= minSize) {
            return new FittedText(List.of(shown), size);
        }
        while (shown.length() > 1 && font.getWidthPoint(shown, minSize) > width) {
            shown = shown.substring(0, shown.length() - 2).stripTrailing() + "…";
        }
        return new FittedText(List.of(shown), minSize);
    }

    FittedText scaled(float factor) {
        return new FittedText(lines, size * factor);
    }

    float height() {
        return lines.size() * size * LEADING;
    }

    /** The largest size, in tenths of a point rounded down, at which the text is no wider than the width. */
    private static float sizeFitting(BaseFont font, String text, float width) {
        float widthAtOne = font.getWidthPoint(text, 1f);
        if (widthAtOne <= 0) {
            return Float.MAX_VALUE;
        }
        return (float) Math.floor(width / widthAtOne * 10) / 10f;
    }

    /** Where to break so that the wider of the two lines is as narrow as can be; 0 when it cannot break. */
    private static int balancedBreak(BaseFont font, String text) {
        int best = 0;
        float bestWidth = Float.MAX_VALUE;
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            int at = c == ' ' ? i : c == '-' ? i + 1 : -1;
            if (at > 0) {
                float wider = font.getWidthPoint(longer(font, text.substring(0, at).stripTrailing(),
                        text.substring(at).stripLeading()), 1f);
                if (wider < bestWidth) {
                    bestWidth = wider;
                    best = at;
                }
            }
        }
        return best;
    }

    private static String longer(BaseFont font, String a, String b) {
        return font.getWidthPoint(a, 1f) >= font.getWidthPoint(b, 1f) ? a : b;
    }
}
