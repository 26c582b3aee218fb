package se.samverka.event;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded logo, accepted only as PNG or JPEG of at most {@link #MAX_BYTES}: the type is read
 * from the file's first bytes, never from its name or the declared content type, and the whole image is
 * decoded once on upload (at most {@value #MAX_SIDE} pixels a side, its size read before its pixels),
 * so that a file that only starts like an image never reaches a badge sheet.
 */
public record LogoImage(String mediaType, byte[] content) {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final int MAX_SIDE = 4000;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** Checks the bytes; refuses an empty, too large or other kind of file with a message for the uploader. */
    public static LogoImage of(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidEventException("logo", "logo.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidEventException("logo", "logo.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        String type;
        if (startsWith(content, PNG_SIGNATURE)) {
            type = PNG;
        } else if (startsWith(content, JPEG_SIGNATURE)) {
            type = JPEG;
        } else {
            throw new InvalidEventException("logo", "logo.error.type");
        }
        decode(content);
        return new LogoImage(type, content);
    }

    private static void decode(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidEventException("logo", "logo.error.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidEventException("logo", "logo.error.dimensions", MAX_SIDE);
                }
                reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidEventException refused) {
                throw refused;
            }
            throw new InvalidEventException("logo", "logo.error.unreadable");
        }
    }

    /** "logo.png" or "logo.jpg", for files that come without a usable name. */
    public String defaultFileName() {
        return PNG.equals(mediaType) ? "logo.png" : "logo.jpg";
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogoImage image && mediaType.equals(image.mediaType)
                && Arrays.equals(content, image.content);
    }

    @Override
    public int hashCode() {
        return 31 * mediaType.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "LogoImage[" + mediaType + ", " + content.length + " bytes]";
    }
}
