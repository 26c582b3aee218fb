package se.samverka.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A video file for Chromium's fake camera ({@code --use-file-for-fake-video-capture}) that shows a badge's QR
 * code held up to the lens: Y4M, 640 × 480, grey, a few identical frames (Chromium plays them in a loop).
 */
public final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private FakeCamera() {
    }

    /** Writes the file and returns the switches that make Chromium's camera show it, without asking. */
    public static String[] showing(String qrText, Path file) throws IOException {
        byte[] luma = new byte[WIDTH * HEIGHT];
        java.util.Arrays.fill(luma, (byte) 235);
        BitMatrix code;
        try {
            code = new QRCodeWriter().encode(qrText, BarcodeFormat.QR_CODE, 0, 0);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        int module = 300 / code.getWidth();
        int left = (WIDTH - module * code.getWidth()) / 2;
        int top = (HEIGHT - module * code.getHeight()) / 2;
        for (int y = 0; y < code.getHeight() * module; y++) {
            for (int x = 0; x < code.getWidth() * module; x++) {
                if (code.get(x / module, y / module)) {
                    luma[(top + y) * WIDTH + left + x] = 16;
                }
            }
        }
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        java.util.Arrays.fill(chroma, (byte) 128);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 10; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
        return new String[] {"--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
            "--use-file-for-fake-video-capture=" + file.toAbsolutePath()};
    }
}
