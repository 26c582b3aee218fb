package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;
import se.samverka.platform.Messages;

/**
 * Name badges for an event, on A4 sheets or one per A6 page ({@link BadgeLayout}). Badges are read
 * from an iterator and written page by page: a page is handed to the output as soon as it is full,
 * so memory does not grow with the number of badges.
 *
 * <pre>
 * new BadgeSheet(BadgeLayout.A4_8, event.getTitle(), logoPng, locale)
 *         .shiftedBy(0.5f, -1f)
 *         .write(registrations.map(r -&gt; DocumentRows.badge(r, locale)), out);
 * </pre>
 */
public final class BadgeSheet {

    private static final Logger LOG = Logger.getLogger(BadgeSheet.class.getName());

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float CUT_MARK_GAP = 3 * BadgeLayout.POINTS_PER_MM;
    private static final float CUT_MARK_LENGTH = 5 * BadgeLayout.POINTS_PER_MM;
    private static final int BUFFER = 32 * 1024;

    private final BadgeLayout layout;
    private final String eventName;
    private final byte[] logo;
    private final Locale locale;
    private final float shiftX;
    private final float shiftY;
    private final int skipped;

    /**
     * @param eventName printed small at the top of every badge; may be null
     * @param logo      a PNG or JPEG image, scaled into the top-left corner; may be null
     */
    public BadgeSheet(BadgeLayout layout, String eventName, byte[] logo, Locale locale) {
        this(layout, eventName, logo, locale, 0, 0, 0);
    }

    private BadgeSheet(BadgeLayout layout, String eventName, byte[] logo, Locale locale, float shiftX, float shiftY,
            int skipped) {
        this.layout = layout;
        this.eventName = eventName;
        this.logo = logo == null ? null : logo.clone();
        this.locale = Messages.supported(locale);
        this.shiftX = shiftX;
        this.shiftY = shiftY;
        this.skipped = skipped;
    }

    /**
     * The same sheet with everything moved to correct a printer's shift: {@code rightMm} to the
     * right and {@code downMm} down (negative values move left and up).
     */
    public BadgeSheet shiftedBy(float rightMm, float downMm) {
        return new BadgeSheet(layout, eventName, logo, locale, rightMm * BadgeLayout.POINTS_PER_MM,
                -downMm * BadgeLayout.POINTS_PER_MM, skipped);
    }

    /**
     * The same sheet starting at the given card position (from 1, row by row) on the first page, for
     * a sheet of labels that is partly used; the positions before it stay blank.
     */
    public BadgeSheet startingAt(int position) {
        if (position < 1 || position > layout.badgesPerPage()) {
            throw new IllegalArgumentException("Position " + position + " is not on a page of " + layout);
        }
        return new BadgeSheet(layout, eventName, logo, locale, shiftX, shiftY, position - 1);
    }

    /** Writes the badges; closes the stream of cards but not the output. Returns how many were written. */
    public int write(Stream<BadgeCard> cards, OutputStream out) {
        try (cards) {
            return write(cards.iterator(), out);
        }
    }

    /** Writes the badges and leaves the output open. Returns how many were written. */
    public int write(Iterator<BadgeCard> cards, OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        Document document = new Document(layout.page(), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, buffered);
        writer.setCloseStream(false);
        PdfMetadata.apply(document, writer, locale,
                Messages.format(locale, "badge.documentTitle", eventName == null ? "" : eventName), "badges", null);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        BadgeFace face = new BadgeFace(canvas, BadgeFaceLayout.of(layout), eventName, logoImage(),
                layout.forCutting());
        int count = drawAll(cards, document, canvas, face);
        if (count == 0) {
            sayNone(canvas);
        }
        document.close();
        flush(buffered);
        return count;
    }

    private int drawAll(Iterator<BadgeCard> cards, Document document, PdfContentByte canvas, BadgeFace face) {
        int perPage = layout.badgesPerPage();
        int count = 0;
        while (cards.hasNext()) {
            BadgeCard card = cards.next();
            int slot = (count + skipped) % perPage;
            if (slot == 0 && count > 0) {
                document.newPage();
            }
            if ((slot == 0 || count == 0) && layout.forCutting()) {
                drawCutMarks(canvas);
            }
            int column = slot % layout.columns();
            int row = slot / layout.columns();
            face.draw(canvas, card, layout.cardLeft(column) + shiftX, layout.cardBottom(row) + shiftY);
            count++;
        }
        return count;
    }

    /** Short lines in the margins, in line with the card edges, a little away from the cards. */
    private void drawCutMarks(PdfContentByte canvas) {
        float left = layout.cardLeft(0) + shiftX;
        float right = layout.cardLeft(layout.columns() - 1) + layout.cardWidth() + shiftX;
        float bottom = layout.cardBottom(layout.rows() - 1) + shiftY;
        float top = layout.cardBottom(0) + layout.cardHeight() + shiftY;
        canvas.setColorStroke(Color.BLACK);
        canvas.setLineWidth(0.4f);
        for (int column = 0; column <= layout.columns(); column++) {
            float x = left + column * layout.cardWidth();
            line(canvas, x, top + CUT_MARK_GAP, x, top + CUT_MARK_GAP + CUT_MARK_LENGTH);
            line(canvas, x, bottom - CUT_MARK_GAP, x, bottom - CUT_MARK_GAP - CUT_MARK_LENGTH);
        }
        for (int row = 0; row <= layout.rows(); row++) {
            float y = bottom + row * layout.cardHeight();
            line(canvas, left - CUT_MARK_GAP, y, left - CUT_MARK_GAP - CUT_MARK_LENGTH, y);
            line(canvas, right + CUT_MARK_GAP, y, right + CUT_MARK_GAP + CUT_MARK_LENGTH, y);
        }
        canvas.stroke();
    }

    private static void line(PdfContentByte canvas, float x1, float y1, float x2, float y2) {
        canvas.moveTo(x1, y1);
        canvas.lineTo(x2, y2);
    }

    /** A page saying there are no badges, since a PDF cannot have none. */
    private void sayNone(PdfContentByte canvas) {
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.regularBase(), 12);
        canvas.setColorFill(PdfFonts.TEXT);
        canvas.setTextMatrix(40, layout.page().getHeight() - 60);
        canvas.showText(Messages.text(locale, "badge.none"));
        canvas.endText();
    }

    private Image logoImage() {
        if (logo == null) {
            return null;
        }
        try {
            return Image.getInstance(logo);
        } catch (IOException | RuntimeException e) {
            // uploads are decoded before they are kept, so this is a logo stored before that check:
            // print the badges without it rather than none at all
            LOG.warning(() -> "The event's logo could not be read; badges are printed without it: " + e);
            return null;
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
