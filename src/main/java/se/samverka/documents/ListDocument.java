package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * An A4 list written in one pass (attendance sheets, participant lists): the document, its
 * writer with "Sida X av Y" in the footer, and a heading. The caller adds the tables, then closes.
 */
final class ListDocument {

    private static final float MARGIN = 50f;
    private static final float FOOTER_ROOM = 64f;
    private static final int BUFFER = 32 * 1024;

    private final Locale locale;
    private final Document document;
    private final PdfWriter writer;
    private final BufferedOutputStream buffered;

    private ListDocument(Locale locale, Document document, PdfWriter writer, BufferedOutputStream buffered) {
        this.locale = locale;
        this.document = document;
        this.writer = writer;
        this.buffered = buffered;
    }

    /**
     * @param pageOfKey     bundle key of a pattern like "Sida {0} av {1}"
     * @param documentTitle the file's title (its metadata)
     * @param footerTitle   printed at the foot of every page beside "Sida X av Y"
     * @param kind          the kind of list, for its subject ({@link PdfMetadata})
     * @param author        who stands behind the list, e.g. the event's contact; Samverka when null
     */
    static ListDocument open(Locale locale, String pageOfKey, String documentTitle, String footerTitle,
            String kind, String author, OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_ROOM);
        PdfWriter writer = PdfWriter.getInstance(document, buffered);
        writer.setCloseStream(false);
        writer.setPageEvent(PageFooter.totalAtClose(locale, pageOfKey, footerTitle));
        PdfMetadata.apply(document, writer, locale, documentTitle, kind, author);
        document.open();
        return new ListDocument(locale, document, writer, buffered);
    }

    Document document() {
        return document;
    }

    PdfWriter writer() {
        return writer;
    }

    /** A small label ("Närvarolista"), the event's title, and the line or two that say what the list covers. */
    void heading(String label, String eventTitle, String subject, String details) {
        add(new Paragraph(12, label.toUpperCase(locale), PdfFonts.bold(9, PdfFonts.MUTED)));
        add(new Paragraph(26, eventTitle, PdfFonts.bold(20, PdfFonts.ACCENT)));
        if (subject != null && !subject.isBlank()) {
            add(new Paragraph(20, subject, PdfFonts.bold(13)));
        }
        if (details != null && !details.isBlank()) {
            add(new Paragraph(16, details, PdfFonts.regular(10.5f, PdfFonts.MUTED)));
        }
    }

    /** A line of the heading made of pieces, such as the room for a count. */
    void line(float leading, Chunk... pieces) {
        Paragraph line = new Paragraph(leading);
        for (Chunk piece : pieces) {
            line.add(piece);
        }
        add(line);
    }

    /** Space between the heading and what follows. */
    void gap() {
        add(new Paragraph(14, " ", PdfFonts.regular(8)));
    }

    void paragraph(float leading, String text, float size, boolean bold) {
        add(new Paragraph(leading, text, bold ? PdfFonts.bold(size) : PdfFonts.regular(size)));
    }

    private void add(Paragraph paragraph) {
        ListTables.addInReadingOrder(document, paragraph);
    }

    /** Starts a new page when less than {@code room} points are left, so that a heading does not end a page alone. */
    void keepRoom(float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
    }

    void close() {
        document.close();
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String capitalized(String text, Locale locale) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
