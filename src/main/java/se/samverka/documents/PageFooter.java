package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * Writes a title on the left and "Sida 2 av 5" on the right at the foot of every page, and
 * counts the pages. The total is known because a document is laid out twice: a first pass to
 * count the pages, a second to print.
 */
class PageFooter extends PdfPageEventHelper {

    private static final float FONT_SIZE = 8.5f;
    private static final float BASELINE_BELOW_CONTENT = 24f;
    private static final float GAP = 24f;

    private final Locale locale;
    private final String pageOfKey;
    private final String title;
    private final int totalPages;
    private int pages;

    /**
     * @param pageOfKey  bundle key of a pattern like "Sida {0} av {1}"
     * @param totalPages from the counting pass, or 0 while counting
     */
    PageFooter(Locale locale, String pageOfKey, String title, int totalPages) {
        this.locale = locale;
        this.pageOfKey = pageOfKey;
        this.title = title;
        this.totalPages = totalPages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - BASELINE_BELOW_CONTENT;
        String pageOf = Messages.format(locale, pageOfKey, pages, Math.max(totalPages, pages));
        float pageOfWidth = PdfFonts.regularBase().getWidthPoint(pageOf, FONT_SIZE);
        String shownTitle = fit(title, document.right() - document.left() - pageOfWidth - GAP);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(shownTitle, PdfFonts.regular(FONT_SIZE, PdfFonts.MUTED)), document.left(), y, 0);
        ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                new Phrase(pageOf, PdfFonts.regular(FONT_SIZE, PdfFonts.MUTED)), document.right(), y, 0);
    }

    int pages() {
        return pages;
    }

    /** The text, shortened with an ellipsis when it is wider than the room it has. */
    private static String fit(String text, float width) {
        String shown = text;
        while (shown.length() > 1 && PdfFonts.regularBase().getWidthPoint(shown, FONT_SIZE) > width) {
            shown = shown.substring(0, shown.length() - 2).stripTrailing() + "…";
        }
        return shown;
    }
}
