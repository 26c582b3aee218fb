package se.samverka.documents;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.pdf.ByteBuffer;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A QR code drawn as vector squares, crisp at any print resolution: each run of dark modules in a
 * row is a rectangle, stretched down over the rows below that repeat it, and all are filled at once.
 */
final class QrCode {

    /** Light modules on each side of the code inside its box (the standard asks for 4; the card is white around). */
    static final int QUIET_MODULES = 2;

    /**
     * Mask pattern 2 always, rather than ZXing's choice among all eight: choosing builds and scores
     * eight symbols, 150 to 250 µs per code, more than all the rest of a badge. Pattern 2 is the one
     * ZXing itself chooses most often for six-character check-in codes (half of them), and scores on
     * average 24 penalty points above the best pattern (3,000 random codes measured); every decoder
     * reads every pattern.
     */
    private static final int MASK_PATTERN = 2;

    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.QR_MASK_PATTERN, MASK_PATTERN);

    /** "0" to "199" as bytes: wide enough for a QR code of any version (at most 177 modules). */
    private static final byte[][] NUMBERS = new byte[200][];

    static {
        for (int i = 0; i < NUMBERS.length; i++) {
            NUMBERS[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final ByteMatrix modules;

    private QrCode(ByteMatrix modules) {
        this.modules = modules;
    }

    /** Medium error correction: survives a scuffed badge, keeps the modules large. */
    static QrCode of(String content) {
        try {
            return new QrCode(Encoder.encode(content, ErrorCorrectionLevel.M, HINTS).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode as a QR code: " + content, e);
        }
    }

    /**
     * Draws the code, with its quiet zone, into the square of the given size whose bottom-left
     * corner is (x, y): each run of dark modules in a row is a rectangle, stretched down over the
     * rows below that have the same run, and all are filled at once. The rectangles are written in
     * modules, small whole numbers, under a scaling transformation: shorter to write and to
     * compress than decimals in points.
     */
    void draw(PdfContentByte canvas, float x, float y, float size) {
        int count = modules.getWidth();
        float module = size / (count + 2 * QUIET_MODULES);
        canvas.saveState();
        canvas.concatCTM(module, 0, 0, module, x + QUIET_MODULES * module, y + size - QUIET_MODULES * module);
        canvas.setColorFill(Color.BLACK);
        ByteBuffer content = canvas.getInternalBuffer();
        List<int[]> open = new ArrayList<>();
        for (int row = 0; row <= count; row++) {
            List<int[]> runs = row < count ? runs(row) : new ArrayList<>();
            List<int[]> stillOpen = new ArrayList<>(runs.size());
            for (int[] rectangle : open) {
                if (runs.removeIf(run -> run[0] == rectangle[0] && run[1] == rectangle[1])) {
                    stillOpen.add(rectangle);
                } else {
                    rectangle(content, rectangle[0], -row, rectangle[1] - rectangle[0], row - rectangle[2]);
                }
            }
            for (int[] run : runs) {
                stillOpen.add(new int[] {run[0], run[1], row});
            }
            open = stillOpen;
        }
        canvas.fill();
        canvas.restoreState();
    }

    /** The runs of dark modules in a row: {first column, column after the last}. */
    private List<int[]> runs(int row) {
        List<int[]> runs = new ArrayList<>();
        int count = modules.getWidth();
        int column = 0;
        while (column < count) {
            if (modules.get(column, row) != 1) {
                column++;
                continue;
            }
            int start = column;
            while (column < count && modules.get(column, row) == 1) {
                column++;
            }
            runs.add(new int[] {start, column});
        }
        return runs;
    }

    private static void rectangle(ByteBuffer content, int x, int y, int w, int h) {
        number(content, x).append(' ');
        number(content, y).append(' ');
        number(content, w).append(' ');
        number(content, h).append(" re\n");
    }

    /** A whole number as text; OpenPDF's {@code append(int)} formats it as a decimal, far more slowly. */
    private static ByteBuffer number(ByteBuffer content, int value) {
        if (value < 0) {
            content.append('-');
        }
        int magnitude = Math.abs(value);
        return magnitude < NUMBERS.length ? content.append(NUMBERS[magnitude])
                : content.append(Integer.toString(magnitude));
    }
}
