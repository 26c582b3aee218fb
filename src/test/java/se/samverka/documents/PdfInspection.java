package se.samverka.documents;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads a produced PDF back with PDFBox: its text, where its glyphs lie, and the QR codes on a page. */
final class PdfInspection {

    private PdfInspection() {
    }

    static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    /** The text of one page (from 1) in reading order. */
    static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    /** The text within a rectangle of a page (from 1), in PDFBox's coordinates: points from the top-left corner. */
    static String textIn(PDDocument document, int page, Rectangle2D area) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        stripper.addRegion("area", area);
        stripper.extractRegions(document.getPage(page - 1));
        return stripper.getTextForRegion("area");
    }

    /** Every glyph of a page (from 1), with its position. */
    static List<TextPosition> glyphs(PDDocument document, int page) throws IOException {
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
    static Rectangle2D box(TextPosition glyph) {
        return new Rectangle2D.Float(glyph.getXDirAdj(), glyph.getYDirAdj() - glyph.getHeightDir(),
                glyph.getWidthDirAdj(), glyph.getHeightDir());
    }

    /** The contents of the QR codes found on a page (from 1) rendered at 200 dpi. */
    static Set<String> qrCodes(PDDocument document, int page) throws IOException {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, 200, ImageType.RGB);
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

    static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }
}
