package se.samverka.documents;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.pdf.PdfContentByte;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A QR code drawn as a 1-bit image with one pixel per module, quiet zone included, scaled up to its
 * box. The image says {@code /I false} (no interpolation, also the PDF default), so viewers and
 * printers enlarge each pixel to a sharp square: the module grid stays exact at any resolution.
 * Vector squares, drawn before, took about four times as long to write and compress (about 1 KB
 * of drawing a code, against 300 bytes).
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

    private static final byte[] HEX_DIGITS = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

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
     * corner is (x, y), as an inline image in DeviceGray, 1 bit a pixel. Inline rather than an
     * image object of its own: each image object is compressed on its own and stays listed in the
     * writer until the document ends, while an inline image is compressed with the rest of the
     * page and forgotten with it. Its pixels are written in hexadecimal so that no reader can take
     * a pair of bytes in them for the {@code EI} that ends the image; compressing the page takes
     * the doubling out again.
     */
    void draw(PdfContentByte canvas, float x, float y, float size) {
        int side = modules.getWidth() + 2 * QUIET_MODULES;
        canvas.saveState();
        canvas.concatCTM(size, 0, 0, size, x, y);
        canvas.getInternalBuffer()
                .append("BI /W " + side + " /H " + side + " /BPC 1 /CS /G /I false /F /AHx ID\n")
                .append(hex(pixels(side)))
                .append("\nEI\n");
        canvas.restoreState();
    }

    /** Rows from the top, each padded to whole bytes; a bit a pixel, 0 for a dark module and 1 for a light one. */
    private byte[] pixels(int side) {
        int rowBytes = (side + 7) / 8;
        byte[] pixels = new byte[rowBytes * side];
        Arrays.fill(pixels, (byte) 0xFF);
        byte[][] rows = modules.getArray();
        for (int row = 0; row < rows.length; row++) {
            int offset = (row + QUIET_MODULES) * rowBytes;
            for (int column = 0; column < rows[row].length; column++) {
                if (rows[row][column] == 1) {
                    int x = column + QUIET_MODULES;
                    pixels[offset + x / 8] &= (byte) ~(0x80 >>> (x % 8));
                }
            }
        }
        return pixels;
    }

    /** ASCIIHexDecode data: two digits a byte and the closing {@code >}. */
    private static byte[] hex(byte[] data) {
        byte[] hex = new byte[2 * data.length + 1];
        for (int i = 0; i < data.length; i++) {
            hex[2 * i] = HEX_DIGITS[(data[i] >> 4) & 0xF];
            hex[2 * i + 1] = HEX_DIGITS[data[i] & 0xF];
        }
        hex[hex.length - 1] = '>';
        return hex;
    }
}
