package se.samverka.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/** Reads a produced PDF back with PDFBox: its text, where its glyphs lie, its images, and the QR codes on a page. */
public final class PdfInspection {

    private PdfInspection() {
    }

    public static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /** The text of one page (from 1) in reading order. */
    public static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The text within a rectangle of a page (from 1), in PDFBox's coordinates: points from the top-left corner. */
    public static String textIn(PDDocument document, int page, Rectangle2D area) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        stripper.addRegion("area", area);
        stripper.extractRegions(document.getPage(page - 1));
        return stripper.getTextForRegion("area");
    }

    /** Every glyph of a page (from 1), with its position. */
    public static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return glyphs;
    }

    /** The box a glyph takes, from its baseline up by its height: points from the top-left corner. */
    public static Rectangle2D box(TextPosition glyph) {
        return new Rectangle2D.Float(glyph.getXDirAdj(), glyph.getYDirAdj() - glyph.getHeightDir(),
                glyph.getWidthDirAdj(), glyph.getHeightDir());
    }

    /** The contents of the QR codes found on a page (from 1) rendered at the given resolution. */
    public static Set<String> qrCodes(PDDocument document, int page, int dpi) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, dpi, ImageType.RGB);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Set<String> codes = new TreeSet<>();
        try {
            for (Result result : new QRCodeMultiReader().decodeMultiple(bitmap,
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))) {
                codes.add(result.getText());
            }
        } catch (NotFoundException e) {
            return codes;
        }
        return codes;
    }

    /** An image drawn on a page, and where: the matrix that maps its unit square onto the page, in points. */
    record PlacedImage(PDImage image, Matrix placement) {
    }

    /** Every image drawn on a page (from 1), inline or not, also inside forms. */
    public static List<PlacedImage> images(PDDocument document, int page) throws IOException {
        PDPage pdPage = document.getPage(page - 1);
        List<PlacedImage> images = new ArrayList<>();
        new PDFGraphicsStreamEngine(pdPage) {
            @Override
            public void drawImage(PDImage image) {
                images.add(new PlacedImage(image, getGraphicsState().getCurrentTransformationMatrix().clone()));
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        }.processPage(pdPage);
        return images;
    }

    /** The text as a reader without positions gets it: in the order the content streams draw it, page by page. */
    public static String textInReadingOrder(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(false);
        return stripper.getText(document);
    }

    /**
     * Fails unless each of the parts occurs in the text after the one before it (the text from
     * {@link #textInReadingOrder}), e.g. the heading before the table, a name before its organisation.
     */
    public static void assertReadInOrder(String text, String... parts) {
        int from = 0;
        String previous = "(start)";
        for (String part : parts) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                throw new AssertionError("\"" + part + "\" is not read after \"" + previous + "\" in:\n" + text);
            }
            from = at + part.length();
            previous = part;
        }
    }

    /** The document's title (its information dictionary). */
    public static String title(PDDocument document) {
        return document.getDocumentInformation().getTitle();
    }

    /** The document's author. */
    public static String author(PDDocument document) {
        return document.getDocumentInformation().getAuthor();
    }

    /** The document's subject. */
    public static String subject(PDDocument document) {
        return document.getDocumentInformation().getSubject();
    }

    /** The document's natural language (the catalogue's /Lang), e.g. "sv". */
    public static String language(PDDocument document) {
        return document.getDocumentCatalog().getLanguage();
    }

    /** Whether a viewer shows the title in its window rather than the file name (DisplayDocTitle). */
    public static boolean showsTitle(PDDocument document) {
        var preferences = document.getDocumentCatalog().getViewerPreferences();
        return preferences != null && preferences.displayDocTitle();
    }

    /**
     * Fails unless the document carries the metadata every Samverka PDF carries: this title, author and language,
     * a subject, the title shown by the viewer, and Samverka as creator.
     */
    public static void assertMetadata(PDDocument document, String title, String author, String language) {
        check("title", title, title(document));
        check("author", author, author(document));
        check("language", language, language(document));
        if (subject(document) == null || subject(document).isBlank() || subject(document).startsWith("pdf.subject.")) {
            throw new AssertionError("no subject: " + subject(document));
        }
        if (!showsTitle(document)) {
            throw new AssertionError("the viewer is not told to show the title");
        }
        check("creator", "Samverka", document.getDocumentInformation().getCreator());
    }

    private static void check(String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    public static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
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
