package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * A person's extract (registerutdrag) as a readable A4 document: a title, a line that says when and for which
 * address it was made, then one headed section after the other (each registration, mails, network memberships),
 * each a two-column table of label and value in reading order. The caller gives the texts already in the
 * document's language; this class only lays them out.
 */
public final class PersonalDataDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 50f;
    private static final float FOOTER_ROOM = 64f;
    private static final float[] WIDTHS = {32f, 68f};

    /** One headed part of the extract; {@code level} 1 for a main part (a registration), 2 for a part within it. */
    public record Section(String heading, int level, List<Line> lines) {
    }

    /** A label and its value (a value may run over several lines). */
    public record Line(String label, String value) {
    }

    private final Locale locale;
    private final String title;

    /** @param title the document's title, also its metadata title ("Registerutdrag för anna@example.se") */
    public PersonalDataDocument(Locale locale, String title) {
        this.locale = Messages.supported(locale);
        this.title = title;
    }

    /** Writes the document and leaves the output open. */
    public void write(String intro, List<Section> sections, OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 32 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_ROOM);
        PdfWriter writer = PdfWriter.getInstance(document, buffered);
        writer.setCloseStream(false);
        writer.setPageEvent(PageFooter.totalAtClose(locale, "privacy.pdf.pageOf", title));
        document.addTitle(title);
        document.addAuthor("Samverka");
        document.addCreator("Samverka");
        document.addSubject(Messages.text(locale, "privacy.pdf.subject"));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
        document.open();
        document.add(new Paragraph(26, title, PdfFonts.bold(18, PdfFonts.ACCENT)));
        document.add(new Paragraph(16, intro, PdfFonts.regular(10.5f, PdfFonts.MUTED)));
        for (Section section : sections) {
            document.add(new Paragraph(section.level() == 1 ? 28 : 22, section.heading(),
                    PdfFonts.bold(section.level() == 1 ? 14 : 11.5f, section.level() == 1 ? PdfFonts.ACCENT : PdfFonts.TEXT)));
            if (section.lines().isEmpty()) {
                document.add(new Paragraph(15, Messages.text(locale, "privacy.pdf.nothing"), PdfFonts.regular(10, PdfFonts.MUTED)));
                continue;
            }
            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (Line line : section.lines()) {
                table.addCell(ListTables.text(line.label()));
                table.addCell(ListTables.text(line.value() == null || line.value().isBlank() ? "–" : line.value()));
            }
            document.add(table);
        }
        document.close();
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
