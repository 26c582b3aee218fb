package se.samverka.documents;

import java.awt.Color;
import java.util.regex.Pattern;

/** A sector's band colour and the text colour that reads on it: white on dark colours, black on light. */
record SectorColour(Color band, Color text) {

    static final Color FALLBACK = new Color(0x6B, 0x6B, 0x6B);

    private static final Pattern HEX = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** From {@code #RRGGBB}; grey when missing or malformed. */
    static SectorColour of(String hex) {
        Color band = hex != null && HEX.matcher(hex.strip()).matches() ? Color.decode(hex.strip()) : FALLBACK;
        return new SectorColour(band, textOn(band));
    }

    /** Whichever of black and white contrasts more with the background (WCAG 2.1 contrast ratio). */
    static Color textOn(Color background) {
        double luminance = luminance(background);
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / 0.05;
        return withWhite >= withBlack ? Color.WHITE : Color.BLACK;
    }

    /** WCAG 2.1 relative luminance. */
    static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
                + 0.0722 * linear(colour.getBlue());
    }

    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
