package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.samverka.platform.Messages;

/**
 * The dialogue summary of a day (A4): per question, each table's answer under its number and the sector mix of the
 * table ("Skola 2, Polis 1"; never names), a table that wrote nothing marked as such. "Sida X av Y" at the foot of
 * every page. Swedish or English, every label from the {@code dialogueSummary.pdf.*} keys; the PDF's title and
 * language are set. Rows print in the order given. Laid out twice, the first time to count the pages.
 */
public final class DialogueSummaryDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 50f;
    private static final float FOOTER_ROOM = 64f;
    private static final float TEXT_SIZE = 10.5f;
    private static final float TEXT_LEADING = 14.5f;

    /** A question of the day and every table's answer to it. */
    public record Question(int position, String text, List<Answer> answers) {
    }

    /** One table's answer: blank when it wrote nothing. */
    public record Answer(int table, String sectorMix, String text) {
    }

    private final Locale locale;

    public DialogueSummaryDocument(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    /** Writes the summary; leaves the output open. */
    public void write(String eventTitle, LocalDate day, List<Question> questions, OutputStream out) {
        Objects.requireNonNull(day, "day");
        List<Question> shown = questions == null ? List.of() : questions.stream().filter(Objects::nonNull).toList();
        int pages = render(eventTitle, day, shown, OutputStream.nullOutputStream(), 0);
        render(eventTitle, day, shown, out, pages);
    }

    private int render(String eventTitle, LocalDate day, List<Question> questions, OutputStream out, int totalPages) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_ROOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
        String title = Messages.format(locale, "dialogueSummary.pdf.documentTitle", nz(eventTitle).strip(), date);
        PageFooter footer = new PageFooter(locale, "dialogueSummary.pdf.pageOf", title, totalPages);
        writer.setPageEvent(footer);
        PdfMetadata.apply(document, writer, locale, title, "dialogueSummary", null);
        document.open();
        document.add(new Paragraph(12, text("dialogueSummary.pdf.label").toUpperCase(locale),
                PdfFonts.bold(9, PdfFonts.MUTED)));
        document.add(new Paragraph(26, nz(eventTitle).strip(), PdfFonts.bold(20, PdfFonts.ACCENT)));
        String fullDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
        document.add(new Paragraph(20, ListDocument.capitalized(fullDate, locale), PdfFonts.bold(12.5f)));
        if (questions.isEmpty()) {
            document.add(new Paragraph(24, text("dialogueSummary.pdf.noQuestions"), PdfFonts.regular(TEXT_SIZE,
                    PdfFonts.MUTED)));
        }
        for (Question question : questions) {
            question(document, writer, question);
        }
        document.close();
        return footer.pages();
    }

    private void question(Document document, PdfWriter writer, Question question) {
        keepRoom(document, writer, 120);
        Paragraph heading = new Paragraph(19, question.position() + ". " + nz(question.text()).strip(),
                PdfFonts.bold(14, PdfFonts.ACCENT));
        heading.setIndentationLeft(18);
        heading.setFirstLineIndent(-18);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(2);
        document.add(heading);
        List<Answer> answers = question.answers() == null ? List.of()
                : question.answers().stream().filter(Objects::nonNull).toList();
        if (answers.isEmpty()) {
            document.add(new Paragraph(TEXT_LEADING, text("dialogueSummary.pdf.noTables"),
                    PdfFonts.regular(TEXT_SIZE, PdfFonts.MUTED)));
        }
        for (Answer answer : answers) {
            keepRoom(document, writer, 50);
            String table = Messages.format(locale, "dialogueSummary.pdf.table", String.valueOf(answer.table()));
            String about = answer.sectorMix() == null || answer.sectorMix().isBlank() ? table
                    : table + " · " + answer.sectorMix().strip();
            Paragraph label = new Paragraph(18, about, PdfFonts.bold(TEXT_SIZE, PdfFonts.MUTED));
            label.setSpacingBefore(4);
            document.add(label);
            if (answer.text() == null || answer.text().isBlank()) {
                document.add(new Paragraph(TEXT_LEADING, text("dialogueSummary.pdf.noAnswer"),
                        PdfFonts.regular(TEXT_SIZE, PdfFonts.MUTED)));
                continue;
            }
            for (String line : answer.text().strip().lines().map(String::stripTrailing).toList()) {
                document.add(line.isEmpty() ? new Paragraph(7, " ", PdfFonts.regular(5))
                        : new Paragraph(TEXT_LEADING, line, PdfFonts.regular(TEXT_SIZE)));
            }
        }
    }

    private static void keepRoom(Document document, PdfWriter writer, float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
