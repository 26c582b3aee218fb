package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * Writes a title on the left and "Sida 2 av 5" on the right at the foot of every page, and
 * counts the pages. The total is known either because a document is laid out twice (a first pass
 * to count the pages, a second to print), or, for a document written in one pass from a stream,
 * because "Sida 2 av 5" goes into a template that is filled in when the document closes.
 */
class PageFooter extends PdfPageEventHelper {

    private static final float FONT_SIZE = 8.5f;
    private static final float BASELINE_BELOW_CONTENT = 24f;
    private static final float GAP = 24f;
    /** Width kept for the total while it is not yet known: room for "Sida 12 av 9999". */
    private static final int WIDEST_TOTAL = 9999;

    private final Locale locale;
    private final String pageOfKey;
    private final String title;
    private final int totalPages;
    private final List<PdfTemplate> pageNumbers = new ArrayList<>();
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

    /** For a document laid out once: each page's "Sida X av Y" is filled in when the document closes. */
    static PageFooter totalAtClose(Locale locale, String pageOfKey, String title) {
        return new PageFooter(locale, pageOfKey, title, -1);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        pages++;
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottom() - BASELINE_BELOW_CONTENT;
        String pageOf = pageOf(totalPages < 0 ? WIDEST_TOTAL : Math.max(totalPages, pages));
        float pageOfWidth = PdfFonts.regularBase().getWidthPoint(pageOf, FONT_SIZE);
        String shownTitle = fit(title, document.right() - document.left() - pageOfWidth - GAP);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                new Phrase(shownTitle, PdfFonts.regular(FONT_SIZE, PdfFonts.MUTED)), document.left(), y, 0);
        if (totalPages < 0) {
            PdfTemplate pageNumber = canvas.createTemplate(pageOfWidth, FONT_SIZE * 2);
            canvas.addTemplate(pageNumber, document.right() - pageOfWidth, y - FONT_SIZE / 2);
            pageNumbers.add(pageNumber);
        } else {
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase(pageOf, PdfFonts.regular(FONT_SIZE, PdfFonts.MUTED)), document.right(), y, 0);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        for (int page = 1; page <= pageNumbers.size(); page++) {
            PdfTemplate pageNumber = pageNumbers.get(page - 1);
            ColumnText.showTextAligned(pageNumber, Element.ALIGN_RIGHT,
                    new Phrase(pageOf(page, pages), PdfFonts.regular(FONT_SIZE, PdfFonts.MUTED)),
                    pageNumber.getWidth(), FONT_SIZE / 2, 0);
        }
    }

    int pages() {
        return pages;
    }

    private String pageOf(int total) {
        return pageOf(pages, total);
    }

    private String pageOf(int page, int total) {
        return Messages.format(locale, pageOfKey, page, total);
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
