package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samverka.platform.Messages;

/**
 * The printable programme of an event (A4): title, dates and venue; per day a table of sessions
 * (time, title with kind and theme, room, speakers); then the speakers with their bios. Every
 * label comes from the {@code programPdf.*} keys of the message bundles.
 */
public class ProgramDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 50f;
    private static final float FOOTER_ROOM = 64f;
    private static final float MIN_ROOM_FOR_HEADING = 130f;
    private static final float CELL_LEADING = 12.5f;
    private static final float[] COLUMN_WIDTHS = {15f, 45f, 16f, 24f};
    private static final Color HEADER_FILL = new Color(0xE3, 0xEB, 0xF3);
    private static final Color BREAK_FILL = new Color(0xF4, 0xF5, 0xF7);
    private static final Color RULE = new Color(0xC9, 0xD2, 0xDC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * Lays the programme out twice (to learn the page count for "Sida X av Y") and writes the second. The sessions
     * come in any order; the speakers once each, in any order.
     */
    public void write(EventHeading event, List<SessionRow> sessions, List<SpeakerRow> speakers, Locale locale,
            OutputStream out) {
        Locale language = Messages.supported(locale);
        int pages = render(event, sessions, speakers, language, OutputStream.nullOutputStream(), 0);
        render(event, sessions, speakers, language, out, pages);
    }

    private int render(EventHeading event, List<SessionRow> sessions, List<SpeakerRow> speakers, Locale locale,
            OutputStream out, int totalPages) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_ROOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        PageFooter footer = new PageFooter(locale, "programPdf.pageOf", event.title(), totalPages);
        writer.setPageEvent(footer);
        PdfMetadata.apply(document, writer, locale, Messages.format(locale, "programPdf.documentTitle", event.title()),
                "program", event.contactName());
        document.open();
        addHeading(document, event, locale);
        addDays(document, writer, sessions, locale);
        addSpeakers(document, writer, speakers, locale);
        document.close();
        return footer.pages();
    }

    /** Spacing comes from leading, not spacingBefore/After, which would leave stray spaces in the text. */
    private static void addHeading(Document document, EventHeading event, Locale locale) {
        document.add(new Paragraph(26, event.title(), PdfFonts.bold(22, PdfFonts.ACCENT)));
        document.add(new Paragraph(22, dates(event, locale), PdfFonts.regular(12)));
        if (event.venue() != null && !event.venue().isBlank()) {
            document.add(new Paragraph(16, Messages.format(locale, "programPdf.venue", event.venue().strip()),
                    PdfFonts.regular(12)));
        }
    }

    private static String dates(EventHeading event, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        if (event.startDate().equals(event.endDate())) {
            return event.startDate().format(format);
        }
        return Messages.format(locale, "programPdf.dateRange", event.startDate().format(format),
                event.endDate().format(format));
    }

    private static void addDays(Document document, PdfWriter writer, List<SessionRow> sessions, Locale locale) {
        if (sessions.isEmpty()) {
            Paragraph empty = new Paragraph(Messages.text(locale, "programPdf.noSessions"), PdfFonts.regular(11));
            empty.setSpacingBefore(24);
            document.add(empty);
            return;
        }
        Map<LocalDate, List<SessionRow>> days = sessions.stream()
                .sorted(Comparator.comparing(SessionRow::start).thenComparing(SessionRow::end))
                .collect(Collectors.groupingBy(s -> s.start().toLocalDate(), TreeMap::new, Collectors.toList()));
        days.forEach((date, daySessions) -> {
            startNewPageIfLow(document, writer);
            document.add(dayTable(date, daySessions, locale));
        });
    }

    /** So that a heading does not end a page alone. */
    private static void startNewPageIfLow(Document document, PdfWriter writer) {
        if (writer.getVerticalPosition(true) - document.bottom() < MIN_ROOM_FOR_HEADING) {
            document.newPage();
        }
    }

    /** The day's sessions under the day as a heading; heading and column names repeat on every page. */
    private static PdfPTable dayTable(LocalDate date, List<SessionRow> sessions, Locale locale) {
        PdfPTable table = new PdfPTable(COLUMN_WIDTHS);
        table.setWidthPercentage(100);
        table.setSpacingBefore(14);
        table.setHeaderRows(2);
        table.addCell(dayHeading(date, locale));
        for (String column : List.of("time", "session", "room", "speakers")) {
            PdfPCell cell = cell(new Phrase(Messages.text(locale, "programPdf.column." + column), PdfFonts.bold(9)));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (SessionRow session : sessions) {
            Color fill = session.isBreak() ? BREAK_FILL : null;
            String time = session.start().format(CLOCK) + "–" + session.end().format(CLOCK);
            table.addCell(filled(cell(new Phrase(time, PdfFonts.regular(9.5f))), fill));
            table.addCell(filled(cell(sessionPhrase(session)), fill));
            String room = session.room() == null ? "" : session.room();
            table.addCell(filled(cell(new Phrase(room, PdfFonts.regular(9.5f))), fill));
            String speakers = String.join("\n", session.speakers());
            table.addCell(filled(cell(new Phrase(speakers, PdfFonts.regular(9.5f))), fill));
        }
        return table;
    }

    private static PdfPCell dayHeading(LocalDate date, Locale locale) {
        String text = date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
        PdfPCell heading = new PdfPCell(new Phrase(capitalized(text, locale), PdfFonts.bold(15, PdfFonts.ACCENT)));
        heading.setColspan(COLUMN_WIDTHS.length);
        heading.setBorder(PdfPCell.NO_BORDER);
        heading.setPadding(0);
        heading.setPaddingTop(6);
        heading.setPaddingBottom(9);
        return heading;
    }

    /** The title in bold, and beneath it the kind and theme ("Workshop · Trygghet"). */
    private static Phrase sessionPhrase(SessionRow session) {
        Phrase phrase = new Phrase();
        phrase.add(new Chunk(session.title(), PdfFonts.bold(10)));
        List<String> labels = new ArrayList<>();
        labels.add(session.kind());
        if (session.theme() != null) {
            labels.add(session.theme());
        }
        Font small = PdfFonts.regular(8.5f, PdfFonts.MUTED);
        phrase.add(new Chunk("\n" + String.join(" · ", labels), small));
        return phrase;
    }

    private static PdfPCell cell(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.6f);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(7);
        cell.setPaddingLeft(5);
        cell.setPaddingRight(5);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setLeading(CELL_LEADING, 0);
        return cell;
    }

    private static PdfPCell filled(PdfPCell cell, Color fill) {
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private static void addSpeakers(Document document, PdfWriter writer, List<SpeakerRow> speakers, Locale locale) {
        if (speakers.isEmpty()) {
            return;
        }
        startNewPageIfLow(document, writer);
        // The heading is the table's header row, not a paragraph: OpenPDF writes a page's paragraphs before its
        // tables, so a reader would meet it before the day tables above it.
        PdfPCell heading = new PdfPCell(new Phrase(Messages.text(locale, "programPdf.speakers"),
                PdfFonts.bold(15, PdfFonts.ACCENT)));
        heading.setBorder(Rectangle.NO_BORDER);
        heading.setPadding(0);
        heading.setPaddingBottom(8);
        PdfPTable list = new PdfPTable(1);
        list.setWidthPercentage(100);
        list.setSpacingBefore(24);
        list.addCell(heading);
        list.setHeaderRows(1);
        Collator collator = Collator.getInstance(locale);
        speakers.stream()
                .sorted(Comparator.comparing(SpeakerRow::name, collator))
                .forEach(speaker -> list.addCell(speakerCell(speaker)));
        document.add(list);
    }

    /** Name, then "title, organisation", then the bio; a table row, so it is not split across pages. */
    private static PdfPCell speakerCell(SpeakerRow speaker) {
        Phrase phrase = new Phrase(14f, speaker.name(), PdfFonts.bold(11));
        String role = Stream.of(speaker.title(), speaker.organisation())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
        if (!role.isEmpty()) {
            phrase.add(new Chunk("\n" + role, PdfFonts.regular(9.5f, PdfFonts.MUTED)));
        }
        if (speaker.bio() != null && !speaker.bio().isBlank()) {
            phrase.add(new Chunk("\n" + speaker.bio().strip(), PdfFonts.regular(9.5f)));
        }
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(10);
        cell.setLeading(14f, 0);
        return cell;
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
