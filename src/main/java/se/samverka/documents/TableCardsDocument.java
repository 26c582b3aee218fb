package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samverka.platform.Messages;

/**
 * Table cards for a dialogue day (A4, one page a table): the event and the day, the table's number large enough
 * to be found across the room, who sits there (name, organisation, sector), the day's questions, and a QR code
 * with the table's own link where its scribe writes the table's answers (the link printed beside it too).
 * Swedish or English, every label from the {@code tableCards.pdf.*} keys. Rows print in the order given.
 */
public final class TableCardsDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 50f;
    /** Room kept at the foot of every card for the QR code and what it is for. */
    private static final float FOOT = 190f;
    private static final float QR_SIZE = 150f;
    /** More people than this at one table print smaller, so that the card stays one page. */
    private static final int CROWDED = 10;

    /** One table: its number, the people at it, and its scribe's link. */
    public record Card(int number, List<Member> members, String scribeUrl) {
    }

    /** Someone at the table; the organisation and the sector may be blank. */
    public record Member(String name, String organisation, String sector) {
    }

    private final Locale locale;

    public TableCardsDocument(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    /** Writes one page for each card; with no cards, one page saying so. Leaves the output open. */
    public void write(String eventTitle, LocalDate day, List<String> questions, List<Card> cards, OutputStream out) {
        Objects.requireNonNull(day, "day");
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 40f, FOOT);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(day);
        PdfMetadata.apply(document, writer, locale,
                Messages.format(locale, "tableCards.pdf.documentTitle", nz(eventTitle), date), "tableCards", null);
        document.open();
        List<Card> shown = cards == null ? List.of() : cards.stream().filter(Objects::nonNull).toList();
        if (shown.isEmpty()) {
            document.add(new Paragraph(18, text("tableCards.pdf.none"), PdfFonts.regular(12, PdfFonts.MUTED)));
        }
        List<String> asked = questions == null ? List.of()
                : questions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        for (Card card : shown) {
            document.newPage();
            foot(writer.getDirectContent(), document, card);
            card(document, eventTitle, ListDocument.capitalized(date, locale), asked, card);
        }
        document.close();
    }

    private void card(Document document, String eventTitle, String date, List<String> questions, Card card) {
        document.add(new Paragraph(14, nz(eventTitle).strip(), PdfFonts.regular(11, PdfFonts.MUTED)));
        document.add(new Paragraph(14, date, PdfFonts.regular(11, PdfFonts.MUTED)));
        Paragraph label = new Paragraph(40, text("tableCards.pdf.table").toUpperCase(locale),
                PdfFonts.bold(22, PdfFonts.ACCENT));
        label.setAlignment(Element.ALIGN_CENTER);
        document.add(label);
        Paragraph number = new Paragraph(170, String.valueOf(card.number()), PdfFonts.bold(180, PdfFonts.ACCENT));
        number.setAlignment(Element.ALIGN_CENTER);
        document.add(number);

        List<Member> members = card.members() == null ? List.of()
                : card.members().stream().filter(Objects::nonNull).toList();
        boolean crowded = members.size() > CROWDED;
        float size = crowded ? 10f : 12f;
        heading(document, "tableCards.pdf.members");
        if (members.isEmpty()) {
            document.add(new Paragraph(size * 1.4f, text("tableCards.pdf.noMembers"), PdfFonts.regular(size,
                    PdfFonts.MUTED)));
        }
        for (Member member : members) {
            Paragraph line = new Paragraph(size * 1.35f);
            line.add(new Phrase(nz(member.name()).strip(), PdfFonts.bold(size)));
            String about = Stream.of(member.organisation(), member.sector()).filter(part -> part != null && !part.isBlank())
                    .map(String::strip).collect(Collectors.joining(" · "));
            if (!about.isEmpty()) {
                line.add(new Phrase("  " + about, PdfFonts.regular(size, PdfFonts.MUTED)));
            }
            document.add(line);
        }
        if (!questions.isEmpty()) {
            heading(document, "tableCards.pdf.questions");
            int n = 0;
            for (String question : questions) {
                Paragraph line = new Paragraph(17, ++n + ". " + question, PdfFonts.regular(13));
                line.setIndentationLeft(16);
                line.setFirstLineIndent(-16);
                line.setSpacingAfter(3);
                document.add(line);
            }
        }
    }

    private void heading(Document document, String key) {
        Paragraph heading = new Paragraph(30, text(key), PdfFonts.bold(15, PdfFonts.ACCENT));
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    /** The QR code at the bottom right, and on its left what it is for and the link written out. */
    private void foot(PdfContentByte canvas, Document document, Card card) {
        String url = nz(card.scribeUrl()).strip();
        if (url.isEmpty()) {
            return;
        }
        float qrX = document.right() - QR_SIZE;
        float qrY = MARGIN - 10;
        QrCode.of(url).draw(canvas, qrX, qrY, QR_SIZE);
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(document.left(), qrY, qrX - 18, qrY + QR_SIZE);
        column.addElement(new Paragraph(18, text("tableCards.pdf.scribe"), PdfFonts.bold(14, PdfFonts.ACCENT)));
        column.addElement(new Paragraph(15, text("tableCards.pdf.scribeHow"), PdfFonts.regular(11)));
        Paragraph link = new Paragraph(13, url, PdfFonts.regular(8.5f, PdfFonts.MUTED));
        link.setSpacingBefore(6);
        column.addElement(link);
        column.go();
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
