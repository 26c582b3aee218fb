package se.samverka.attendance;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Finds a badge's check-in code in one frame from a door device's camera (JPEG or PNG). Browsers have no
 * QR decoder that Samverka could ship without fetching it from elsewhere, so frames come to the server and
 * ZXing reads them. Most frames hold no code; that is no error.
 */
public final class QrFrames {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_SIDE = 2000;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{4,12}");

    private QrFrames() {
    }

    /** The check-in code in the frame, if the frame holds a readable QR code with one. */
    public static Optional<String> code(byte[] frame) {
        if (frame == null || frame.length == 0 || frame.length > MAX_BYTES) {
            return Optional.empty();
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(frame));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        if (image == null || image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            return Optional.empty();
        }
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            String text = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            String code = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
            return CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
        } catch (ReaderException none) {
            return Optional.empty();
        }
    }
}
