package se.samverka.meeting.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import se.samverka.meeting.Meeting;
import se.samverka.meeting.ScheduleService;
import se.samverka.platform.PublicAddress;

/**
 * The QR code to show on the wall ({@code admin/meetings/wall.xhtml?id=}): members scan it and check themselves in
 * with their e-mail address. The address is printed beside it for anyone who cannot scan.
 */
@Named
@RequestScoped
public class WallBacking {

    private static final int SIZE = 480;

    @Inject
    ScheduleService schedule;

    @Inject
    PublicAddress address;

    private Long meetingId;
    private Meeting meeting;

    public void load() {
        meeting = MeetingPages.load(() -> schedule.forWall(meetingId));
    }

    public String getUrl() {
        return address.at("m", "in", meeting.getCheckInToken()).toString();
    }

    /** The code as a PNG data URI (the page's CSP allows data: images). */
    public String getQrImage() {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(getUrl(), BarcodeFormat.QR_CODE, SIZE, SIZE,
                    Map.of(EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalStateException("QR code for " + getUrl(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    /** The page's {@code ?id=} as given: anything but a number finds nothing (404). */
    public String getId() {
        return meetingId == null ? null : meetingId.toString();
    }

    public void setId(String id) {
        this.meetingId = MeetingPages.id(id);
    }
}
