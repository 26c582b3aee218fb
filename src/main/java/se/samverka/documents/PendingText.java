package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * A short text known only once the rows have been read, such as a count under a heading: room is
 * kept for it where it goes (a template as wide as the widest text it may become), and it is
 * written in when known. Lets a streamed document print a count before the things counted.
 */
final class PendingText {

    private final PdfTemplate template;
    private final float size;
    private final Color colour;

    private PendingText(PdfTemplate template, float size, Color colour) {
        this.template = template;
        this.size = size;
        this.colour = colour;
    }

    /** Room for a text no wider than {@code widest} in the regular font at this size. */
    static PendingText room(PdfWriter writer, String widest, float size, Color colour) {
        float width = PdfFonts.regularBase().getWidthPoint(widest, size) + 2;
        return new PendingText(writer.getDirectContent().createTemplate(width, size * 1.3f), size, colour);
    }

    /** The room, to place in a phrase like a word; its baseline sits on the line's baseline. */
    Chunk chunk() {
        return new Chunk(Image.getInstance(template), 0, -size * 0.3f);
    }

    void fill(String text) {
        ColumnText.showTextAligned(template, Element.ALIGN_LEFT, new Phrase(text, PdfFonts.regular(size, colour)),
                0, size * 0.3f, 0);
    }
}
