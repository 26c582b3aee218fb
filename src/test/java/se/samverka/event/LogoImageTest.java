package se.samverka.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Messages;

class LogoImageTest {

    static byte[] image(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @Test
    void pngAndJpegAreKnownByTheirFirstBytes() throws IOException {
        assertEquals("image/png", LogoImage.of(image("png")).mediaType());
        assertEquals("image/jpeg", LogoImage.of(image("jpg")).mediaType());
        assertEquals("logo.jpg", LogoImage.of(image("jpg")).defaultFileName());
    }

    @Test
    void otherFilesAreRefusedWhateverTheyAreCalled() throws IOException {
        InvalidEventException gif = assertThrows(InvalidEventException.class, () -> LogoImage.of(image("gif")));
        assertEquals("logo", gif.field());
        assertEquals("Logotypen måste vara en PNG- eller JPEG-bild.", gif.localizedMessage(Messages.SWEDISH));
        assertThrows(InvalidEventException.class,
                () -> LogoImage.of("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidEventException.class, () -> LogoImage.of(new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
        assertEquals("The file is empty.",
                assertThrows(InvalidEventException.class, () -> LogoImage.of(new byte[0])).localizedMessage(Messages.ENGLISH));
    }

    @Test
    void aFileThatOnlyStartsLikeAnImageIsRefused() throws IOException {
        byte[] signatureThenGarbage = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 600);
        Arrays.fill(signatureThenGarbage, 8, 600, (byte) 'x');
        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> LogoImage.of(signatureThenGarbage));
        assertEquals("The image could not be read. Save it again as PNG or JPEG and upload it once more.",
                refused.localizedMessage(Messages.ENGLISH));
        byte[] jpeg = image("jpg");
        assertThrows(InvalidEventException.class, () -> LogoImage.of(Arrays.copyOf(jpeg, jpeg.length / 2)),
                "a JPEG cut in half");
    }

    @Test
    void anImageTooLargeToDecodeIsRefusedBeforeItsPixelsAreRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(LogoImage.MAX_SIDE + 1, 2, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> LogoImage.of(out.toByteArray()));
        assertEquals("The logo may be at most 4000 pixels wide and high.", refused.localizedMessage(Messages.ENGLISH));
    }

    @Test
    void moreThanOneMegabyteIsRefused() throws IOException {
        byte[] png = image("png");
        byte[] large = Arrays.copyOf(png, LogoImage.MAX_BYTES + 1);
        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> LogoImage.of(large));
        assertEquals("Logotypen får vara högst 1 MB.", refused.localizedMessage(Messages.SWEDISH));
        assertEquals("image/png", LogoImage.of(Arrays.copyOf(png, LogoImage.MAX_BYTES)).mediaType());
    }
}
