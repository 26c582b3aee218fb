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
    void moreThanOneMegabyteIsRefused() throws IOException {
        byte[] png = image("png");
        byte[] large = Arrays.copyOf(png, LogoImage.MAX_BYTES + 1);
        InvalidEventException refused = assertThrows(InvalidEventException.class, () -> LogoImage.of(large));
        assertEquals("Logotypen får vara högst 1 MB.", refused.localizedMessage(Messages.SWEDISH));
        assertEquals("image/png", LogoImage.of(Arrays.copyOf(png, LogoImage.MAX_BYTES)).mediaType());
    }
}
