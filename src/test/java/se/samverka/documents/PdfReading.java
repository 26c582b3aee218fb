package se.samverka.documents;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** {@link PdfInspection} for tests outside this package (badge API and browser tests), plus badge geometry. */
public final class PdfReading {

    private PdfReading() {
    }

    public static String text(PDDocument document) throws IOException {
        return PdfInspection.text(document);
    }

    public static String textIn(PDDocument document, int page, Rectangle2D area) throws IOException {
        return PdfInspection.textIn(document, page, area);
    }

    public static Set<String> qrCodes(PDDocument document, int page) throws IOException {
        return PdfInspection.qrCodes(document, page);
    }

    public static String withoutSpace(String text) {
        return PdfInspection.withoutSpace(text);
    }

    /** The card at a position (from 1) of a layout, in PDFBox's coordinates (points from the top-left corner). */
    public static Rectangle2D card(BadgeLayout layout, int position) {
        int slot = position - 1;
        int column = slot % layout.columns();
        int row = slot / layout.columns();
        float top = layout.page().getHeight() - layout.cardBottom(row) - layout.cardHeight();
        return new Rectangle2D.Float(layout.cardLeft(column), top, layout.cardWidth(), layout.cardHeight());
    }

    /** Whether a page draws a raster image, directly or inside a form XObject (the badges' shared background). */
    public static boolean hasImage(PDDocument document, int page) throws IOException {
        return hasImage(document.getPage(page - 1).getResources(), 0);
    }

    private static boolean hasImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                return true;
            }
            if (object instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
