package se.samverka.event;

import java.util.Arrays;

/**
 * An uploaded logo, accepted only as PNG or JPEG of at most {@link #MAX_BYTES}: the type is read
 * from the file's first bytes, never from its name or the declared content type.
 */
public record LogoImage(String mediaType, byte[] content) {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

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
        if (startsWith(content, PNG_SIGNATURE)) {
            return new LogoImage(PNG, content);
        }
        if (startsWith(content, JPEG_SIGNATURE)) {
            return new LogoImage(JPEG, content);
        }
        throw new InvalidEventException("logo", "logo.error.type");
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
