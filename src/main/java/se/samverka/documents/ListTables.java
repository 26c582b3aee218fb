package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;

/**
 * The tables of the lists (attendance sheets, participant lists): their cells, and how rows are
 * streamed into a document. A table is built incomplete and handed to the document every
 * {@value #ROWS_PER_FLUSH} rows, so the rows written are let go; its header rows repeat on every
 * page, and a row that does not fit at the foot of a page moves whole to the next.
 *
 * <p>OpenPDF leaves out the header rows of a part of a table that continues one already written
 * (so as not to repeat them on the same page), and therefore also when that part happens to begin
 * on a new page. So, before a part is written, the header rows are asked for when the page is
 * still empty, or when the part's first row will not fit on this page and a new one is begun.
 */
final class ListTables {

    static final Color HEADER_FILL = new Color(0xE3, 0xEB, 0xF3);
    static final Color RULE = new Color(0xC9, 0xD2, 0xDC);
    static final float TEXT_SIZE = 9.5f;
    private static final int ROWS_PER_FLUSH = 40;

    private final Document document;
    private final PdfWriter writer;
    private final PdfPTable table;
    private int unflushedRows;

    private ListTables(Document document, PdfWriter writer, PdfPTable table) {
        this.document = document;
        this.writer = writer;
        this.table = table;
    }

    /**
     * A table to stream rows into. Rows are never split between pages (they move whole, since the
     * table splits late); only a row taller than a whole page would be, rather than be lost.
     */
    static ListTables streamInto(Document document, PdfWriter writer, float[] columnWidths, int headerRows) {
        PdfPTable table = new PdfPTable(columnWidths);
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        table.setHeaderRows(headerRows);
        table.setSplitLate(true);
        table.setComplete(false);
        return new ListTables(document, writer, table);
    }

    /** Adds a header cell; header rows come first. */
    void addHeader(PdfPCell cell) {
        table.addCell(cell);
    }

    void addRow(PdfPCell... cells) {
        for (PdfPCell cell : cells) {
            table.addCell(cell);
        }
        if (++unflushedRows >= ROWS_PER_FLUSH) {
            flush();
            unflushedRows = 0;
        }
    }

    /** Writes the rows still held. */
    void finish() {
        table.setComplete(true);
        flush();
    }

    private void flush() {
        int firstRow = table.getHeaderRows();
        if (table.size() > firstRow) {
            float top = writer.getVerticalPosition(true);
            float needed = table.getRowHeight(firstRow) + (table.isSkipFirstHeader() ? 0 : table.getHeaderHeight());
            if (top - document.bottom() < needed) {
                document.newPage();
                table.setSkipFirstHeader(false);
            } else if (top >= document.top()) {
                table.setSkipFirstHeader(false);
            }
        }
        document.add(table);
    }

    /**
     * Adds a paragraph where it is read: in a borderless one-cell table, like the tables around it. OpenPDF writes a
     * page's paragraphs before its tables, so a screen reader (or a copy of the text) would otherwise meet every
     * heading and paragraph of a page before the tables between them; as tables, all are written in the order added.
     */
    static void addInReadingOrder(Document document, Paragraph paragraph) {
        PdfPTable flow = new PdfPTable(1);
        flow.setTotalWidth(document.right() - document.left());
        flow.setLockedWidth(true);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.addElement(paragraph);
        flow.addCell(cell);
        document.add(flow);
    }

    static PdfPCell header(String text) {
        PdfPCell cell = cell(new Phrase(text, PdfFonts.bold(9)));
        cell.setBackgroundColor(HEADER_FILL);
        return cell;
    }

    static PdfPCell text(String text) {
        return cell(new Phrase(text == null ? "" : text, PdfFonts.regular(TEXT_SIZE)));
    }

    static PdfPCell cell(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.6f);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(6);
        cell.setPaddingLeft(5);
        cell.setPaddingRight(5);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setLeading(12f, 0);
        return cell;
    }
}
