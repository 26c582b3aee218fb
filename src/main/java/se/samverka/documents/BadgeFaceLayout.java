package se.samverka.documents;

/**
 * Where the parts of a badge go on a card of a given size, in points from the card's bottom-left
 * corner, and the sizes of its type. Landscape cards (A4_8, A4_10) put the names on the left and
 * the QR code on the right; portrait cards (A6) centre everything, names above the QR code.
 */
record BadgeFaceLayout(float width, float height, boolean centred, Box strip, float logoMaxWidth,
        Sizes eventName, Box names, Sizes firstName, Sizes lastName, Sizes organisation, Box qr, float codeSize,
        Box band, Sizes sectorName) {

    /** A rectangle: left, bottom, width, height. */
    record Box(float x, float y, float w, float h) {
        float top() {
            return y + h;
        }

        float right() {
            return x + w;
        }
    }

    /** The largest size a text gets and the smallest it shrinks to before it wraps. */
    record Sizes(float max, float min) {
        Sizes times(float scale) {
            return new Sizes(max * scale, min * scale);
        }
    }

    /** Gap between the names and the QR code, and between the QR code and the code printed under it. */
    static final float QR_GAP = 8f;

    static BadgeFaceLayout of(BadgeLayout layout) {
        return layout.portrait() ? portrait(layout.cardWidth(), layout.cardHeight())
                : landscape(layout.cardWidth(), layout.cardHeight());
    }

    /** Designed for 90 × 55 mm (255 × 156 pt) and scaled with the card's height. */
    static BadgeFaceLayout landscape(float w, float h) {
        float s = Math.min(w / 255.1f, h / 155.9f);
        float pad = 10 * s;
        Box strip = new Box(pad, h - pad - 22 * s, w - 2 * pad, 22 * s);
        Box band = new Box(7 * s, 7 * s, w - 14 * s, 22 * s);
        float qrSize = 62 * s;
        Box qr = new Box(w - pad - qrSize, band.top() + 15 * s, qrSize, qrSize);
        float namesTop = strip.y() - 5 * s;
        float namesBottom = band.top() + 5 * s;
        Box names = new Box(pad, namesBottom, qr.x() - QR_GAP * s - pad, namesTop - namesBottom);
        return new BadgeFaceLayout(w, h, false, strip, 64 * s, new Sizes(8.5f, 6f).times(s), names,
                new Sizes(26, 15).times(s), new Sizes(16, 11).times(s), new Sizes(9, 7).times(s), qr, 7 * s, band,
                new Sizes(10.5f, 6f).times(s));
    }

    /** Designed for A6 (298 × 420 pt) and scaled with the card's width. */
    static BadgeFaceLayout portrait(float w, float h) {
        float s = Math.min(w / 297.6f, h / 419.5f);
        float pad = 20 * s;
        Box strip = new Box(pad, h - pad - 40 * s, w - 2 * pad, 40 * s);
        Box band = new Box(14 * s, 14 * s, w - 28 * s, 40 * s);
        float qrSize = 104 * s;
        Box qr = new Box((w - qrSize) / 2, band.top() + 22 * s, qrSize, qrSize);
        float namesTop = strip.y() - 8 * s;
        float namesBottom = qr.top() + 10 * s;
        Box names = new Box(pad, namesBottom, w - 2 * pad, namesTop - namesBottom);
        return new BadgeFaceLayout(w, h, true, strip, 110 * s, new Sizes(12, 10).times(s), names,
                new Sizes(46, 24).times(s), new Sizes(28, 16).times(s), new Sizes(14, 10).times(s), qr, 10 * s, band,
                new Sizes(18, 9).times(s));
    }
}
