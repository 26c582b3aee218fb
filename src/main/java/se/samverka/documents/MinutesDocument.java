package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import se.samverka.platform.Messages;

/**
 * The minutes (protokoll) of a network meeting (A4): the series and the meeting's time, place, convener and
 * purpose; who came, who had sent apologies (and who stood in for them) and who was absent; each agenda item with
 * its presenter, its notes and its decisions; the actions, those carried over from an earlier meeting marked; and at
 * the end who approved the minutes and when, or, until someone has, a draft marker (also under the title and in the
 * footer of every page), followed by any changes made after approval. "Sida X av Y" at the foot of every page.
 *
 * <p>Swedish or English, every label from the {@code minutes.pdf.*} keys of the message bundles; the PDF's title,
 * author (the convener) and language are set. Blank fields are left out and empty lists print as such. Rows are
 * printed in the order given. The document is laid out twice, the first time to count its pages.
 */
public final class MinutesDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float MARGIN = 50f;
    private static final float FOOTER_ROOM = 64f;
    /** Room wanted below a heading, so that it does not end a page alone. */
    private static final float ROOM_FOR_SECTION = 110f;
    private static final float ROOM_FOR_ITEM = 70f;
    private static final float TEXT_SIZE = 10.5f;
    private static final float TEXT_LEADING = 14.5f;
    private static final float[] ACTION_COLUMNS = {36f, 17f, 20f, 15f, 12f};
    private static final Color DRAFT = new Color(0x9A, 0x1B, 0x1B);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** What the minutes say. Lists may be empty; texts other than the series' name may be null. */
    public record Content(String seriesName, String purpose, LocalDateTime start, LocalDateTime end, String place,
            String convener, List<Attendee> attendees, List<Item> items, List<Action> actions,
            String approvedBy, LocalDateTime approvedAt, List<Amendment> amendments) {
    }

    /** A member of the network; {@code status} PRESENT, EXCUSED or ABSENT (anything else counts as absent). */
    public record Attendee(String name, String organisation, String sector, String status, String substitute) {
    }

    /** An agenda item; {@code minutesAllotted} 0 for none; {@code minutes} the notes, line breaks kept. */
    public record Item(int number, String title, String presenter, int minutesAllotted, String minutes,
            List<String> decisions) {
    }

    /** Something someone is to do, by {@code due} when it is set. */
    public record Action(String text, String owner, String organisation, LocalDate due, boolean done,
            boolean carriedOver) {
    }

    /** A change to the minutes after they were approved. */
    public record Amendment(LocalDateTime at, String by, String itemTitle, String text) {
    }

    private final Locale locale;

    public MinutesDocument(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    /** Writes the minutes; leaves the output open. */
    public void write(Content content, OutputStream out) {
        Objects.requireNonNull(content, "content");
        int pages = render(content, OutputStream.nullOutputStream(), 0);
        render(content, out, pages);
    }

    private int render(Content content, OutputStream out, int totalPages) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, FOOTER_ROOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String title = documentTitle(content);
        String footerTitle = approved(content) ? title : format("minutes.pdf.footer.draft", title);
        PageFooter footer = new PageFooter(locale, "minutes.pdf.pageOf", footerTitle, totalPages);
        writer.setPageEvent(footer);
        PdfMetadata.applyWithSubject(document, writer, locale, title,
                blank(content.purpose()) ? text("pdf.subject.minutes") : content.purpose(), content.convener());
        document.open();
        new Layout(document, writer).write(content);
        document.close();
        return footer.pages();
    }

    /** The PDF's title and footer: "Protokoll – Series – 14 april 2026", or with what there is of those. */
    private String documentTitle(Content content) {
        String series = blank(content.seriesName()) ? null : content.seriesName().strip();
        String date = content.start() == null ? null : longDate(content.start().toLocalDate());
        if (series != null && date != null) {
            return format("minutes.pdf.documentTitle", series, date);
        }
        if (series == null && date == null) {
            return text("minutes.pdf.label");
        }
        return format("minutes.pdf.documentTitle.undated", series == null ? date : series);
    }

    /** One pass of the layout over a document. */
    private final class Layout {

        private final Document document;
        private final PdfWriter writer;

        Layout(Document document, PdfWriter writer) {
            this.document = document;
            this.writer = writer;
        }

        void write(Content content) {
            heading(content);
            attendance(list(content.attendees()));
            items(list(content.items()));
            actions(list(content.actions()));
            approval(content);
            amendments(list(content.amendments()));
        }

        private void heading(Content content) {
            add(new Paragraph(12, text("minutes.pdf.label").toUpperCase(locale), PdfFonts.bold(9, PdfFonts.MUTED)));
            if (!blank(content.seriesName())) {
                add(new Paragraph(26, content.seriesName().strip(), PdfFonts.bold(20, PdfFonts.ACCENT)));
            }
            String when = when(content.start(), content.end());
            if (when != null) {
                add(new Paragraph(20, when, PdfFonts.bold(12.5f)));
            }
            if (!blank(content.place())) {
                add(new Paragraph(16, format("minutes.pdf.place", content.place().strip()), PdfFonts.regular(10.5f)));
            }
            if (!blank(content.convener())) {
                add(new Paragraph(16, format("minutes.pdf.convener", content.convener().strip()),
                        PdfFonts.regular(10.5f)));
            }
            if (!approved(content)) {
                add(new Paragraph(20, text("minutes.pdf.draft").toUpperCase(locale), PdfFonts.bold(11.5f, DRAFT)));
            }
            if (!blank(content.purpose())) {
                gap(4);
                for (String line : lines(content.purpose())) {
                    add(new Paragraph(13, line, PdfFonts.regular(9, PdfFonts.MUTED)));
                }
            }
        }

        /** Present, excused (with the substitute who came), absent: each group when it has anyone. */
        private void attendance(List<Attendee> attendees) {
            section("minutes.pdf.attendance");
            if (attendees.isEmpty()) {
                add(new Paragraph(TEXT_LEADING, text("minutes.pdf.attendance.none"), PdfFonts.regular(TEXT_SIZE,
                        PdfFonts.MUTED)));
                return;
            }
            List<Attendee> present = new ArrayList<>();
            List<Attendee> excused = new ArrayList<>();
            List<Attendee> absent = new ArrayList<>();
            for (Attendee attendee : attendees) {
                if (attendee == null) {
                    continue;
                }
                String status = attendee.status() == null ? "" : attendee.status().strip().toUpperCase(Locale.ROOT);
                List<Attendee> group = switch (status) {
                    case "PRESENT" -> present;
                    case "EXCUSED" -> excused;
                    default -> absent;
                };
                group.add(attendee);
            }
            group("minutes.pdf.attendance.present", present);
            group("minutes.pdf.attendance.excused", excused);
            group("minutes.pdf.attendance.absent", absent);
        }

        private void group(String key, List<Attendee> attendees) {
            if (attendees.isEmpty()) {
                return;
            }
            keepRoom(50);
            add(new Paragraph(20, format(key, String.valueOf(attendees.size())), PdfFonts.bold(11)));
            for (Attendee attendee : attendees) {
                Paragraph line = new Paragraph(TEXT_LEADING);
                line.setIndentationLeft(22);
                line.setFirstLineIndent(-10);
                line.add(new Chunk("• " + person(attendee), PdfFonts.regular(TEXT_SIZE)));
                if (!"PRESENT".equalsIgnoreCase(nz(attendee.status()).strip()) && !blank(attendee.substitute())) {
                    line.add(new Chunk(" – " + format("minutes.pdf.attendance.substitute",
                            attendee.substitute().strip()), PdfFonts.regular(TEXT_SIZE, PdfFonts.MUTED)));
                }
                add(line);
            }
        }

        /** "Name, Organisation (Sector)", leaving out what is blank. */
        private String person(Attendee attendee) {
            String who = Stream.of(attendee.name(), attendee.organisation())
                    .filter(part -> !blank(part))
                    .map(String::strip)
                    .collect(Collectors.joining(", "));
            if (!blank(attendee.sector())) {
                who = who.isEmpty() ? attendee.sector().strip() : who + " (" + attendee.sector().strip() + ")";
            }
            return who;
        }

        private void items(List<Item> items) {
            section("minutes.pdf.items");
            if (items.isEmpty()) {
                add(new Paragraph(TEXT_LEADING, text("minutes.pdf.items.none"), PdfFonts.regular(TEXT_SIZE,
                        PdfFonts.MUTED)));
                return;
            }
            boolean first = true;
            for (Item item : items) {
                if (item == null) {
                    continue;
                }
                if (!first) {
                    gap(8);
                }
                first = false;
                item(item);
            }
        }

        private void item(Item item) {
            keepRoom(ROOM_FOR_ITEM);
            String title = blank(item.title()) ? "" : item.title().strip();
            add(new Paragraph(18, format("minutes.pdf.item.heading", String.valueOf(item.number()), title),
                    PdfFonts.bold(12, PdfFonts.ACCENT)));
            List<String> about = new ArrayList<>();
            if (!blank(item.presenter())) {
                about.add(format("minutes.pdf.item.presenter", item.presenter().strip()));
            }
            if (item.minutesAllotted() > 0) {
                about.add(format("minutes.pdf.item.allotted", String.valueOf(item.minutesAllotted())));
            }
            if (!about.isEmpty()) {
                add(new Paragraph(14, String.join(" · ", about), PdfFonts.regular(9.5f, PdfFonts.MUTED)));
            }
            if (!blank(item.minutes())) {
                gap(3);
                for (String line : lines(item.minutes())) {
                    add(line.isBlank() ? new Paragraph(7, " ", PdfFonts.regular(5))
                            : new Paragraph(TEXT_LEADING, line, PdfFonts.regular(TEXT_SIZE)));
                }
            }
            List<String> decisions = list(item.decisions()).stream().filter(d -> !blank(d)).toList();
            if (!decisions.isEmpty()) {
                keepRoom(40);
                add(new Paragraph(18, text("minutes.pdf.item.decisions"), PdfFonts.bold(TEXT_SIZE)));
                for (String decision : decisions) {
                    Paragraph bullet = new Paragraph(TEXT_LEADING, "• " + decision.strip(),
                            PdfFonts.regular(TEXT_SIZE));
                    bullet.setIndentationLeft(22);
                    bullet.setFirstLineIndent(-10);
                    add(bullet);
                }
            }
        }

        /** A table whose header repeats on every page; a row moves whole to the next page when it does not fit. */
        private void actions(List<Action> actions) {
            section("minutes.pdf.actions");
            List<Action> rows = actions.stream().filter(Objects::nonNull).toList();
            if (rows.isEmpty()) {
                add(new Paragraph(TEXT_LEADING, text("minutes.pdf.actions.none"), PdfFonts.regular(TEXT_SIZE,
                        PdfFonts.MUTED)));
                return;
            }
            gap(4);
            ListTables table = ListTables.streamInto(document, writer, ACTION_COLUMNS, 1);
            for (String column : List.of("action", "owner", "organisation", "due", "status")) {
                table.addHeader(ListTables.header(text("minutes.pdf.actions.column." + column)));
            }
            for (Action action : rows) {
                Phrase what = new Phrase(nz(action.text()).strip(), PdfFonts.regular(ListTables.TEXT_SIZE));
                if (action.carriedOver()) {
                    what.add(new Chunk("\n" + text("minutes.pdf.actions.carriedOver"),
                            PdfFonts.regular(8.5f, PdfFonts.MUTED)));
                }
                String due = action.due() == null ? "" : mediumDate(action.due());
                String status = text(action.done() ? "minutes.pdf.actions.done" : "minutes.pdf.actions.open");
                table.addRow(top(ListTables.cell(what)), top(ListTables.text(nz(action.owner()).strip())),
                        top(ListTables.text(nz(action.organisation()).strip())), top(ListTables.text(due)),
                        top(ListTables.cell(new Phrase(status, action.done() ? PdfFonts.regular(ListTables.TEXT_SIZE)
                                : PdfFonts.bold(ListTables.TEXT_SIZE)))));
            }
            table.finish();
        }

        /** "Justerat 21 april 2026 av Name", or the draft marker. */
        private void approval(Content content) {
            keepRoom(60);
            gap(18);
            if (approved(content)) {
                String date = longDate(content.approvedAt().toLocalDate());
                String line = blank(content.approvedBy()) ? format("minutes.pdf.approved.unnamed", date)
                        : format("minutes.pdf.approved", date, content.approvedBy().strip());
                add(new Paragraph(18, line, PdfFonts.bold(11.5f)));
            } else {
                add(new Paragraph(18, text("minutes.pdf.draft"), PdfFonts.bold(11.5f, DRAFT)));
                add(new Paragraph(14, text("minutes.pdf.draft.detail"), PdfFonts.regular(9.5f, PdfFonts.MUTED)));
            }
        }

        private void amendments(List<Amendment> amendments) {
            List<Amendment> changes = amendments.stream().filter(Objects::nonNull).toList();
            if (changes.isEmpty()) {
                return;
            }
            section("minutes.pdf.amendments");
            for (Amendment change : changes) {
                keepRoom(40);
                List<String> about = new ArrayList<>();
                if (change.at() != null) {
                    about.add(longDate(change.at().toLocalDate()) + " " + CLOCK.format(change.at()));
                }
                if (!blank(change.by())) {
                    about.add(change.by().strip());
                }
                if (!blank(change.itemTitle())) {
                    about.add(format("minutes.pdf.amendments.item", change.itemTitle().strip()));
                }
                if (!about.isEmpty()) {
                    add(new Paragraph(16, String.join(" · ", about), PdfFonts.bold(9.5f, PdfFonts.MUTED)));
                }
                if (!blank(change.text())) {
                    for (String line : lines(change.text())) {
                        add(new Paragraph(TEXT_LEADING, line.isBlank() ? " " : line, PdfFonts.regular(TEXT_SIZE)));
                    }
                }
                gap(4);
            }
        }

        private void section(String key) {
            keepRoom(ROOM_FOR_SECTION);
            gap(12);
            add(new Paragraph(22, text(key), PdfFonts.bold(15, PdfFonts.ACCENT)));
        }

        /** Space from a paragraph's leading rather than spacingBefore, which would leave stray spaces in the text. */
        private void gap(float height) {
            add(new Paragraph(height, " ", PdfFonts.regular(Math.min(height, 8))));
        }

        private void keepRoom(float room) {
            if (writer.getVerticalPosition(true) - document.bottom() < room) {
                document.newPage();
            }
        }

        private void add(Paragraph paragraph) {
            ListTables.addInReadingOrder(document, paragraph);
        }

        private PdfPCell top(PdfPCell cell) {
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            return cell;
        }
    }

    /** "Tisdag 14 april 2026, 09:00–11:30", or across days "… 09:00 – onsdag … 12:00"; null without a start. */
    private String when(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return null;
        }
        String day = ListDocument.capitalized(fullDate(start.toLocalDate()), locale);
        if (end == null || end.equals(start)) {
            return format("minutes.pdf.when.start", day, CLOCK.format(start));
        }
        if (end.toLocalDate().equals(start.toLocalDate())) {
            return format("minutes.pdf.when", day, CLOCK.format(start), CLOCK.format(end));
        }
        return format("minutes.pdf.when.days", day, CLOCK.format(start), fullDate(end.toLocalDate()),
                CLOCK.format(end));
    }

    private String fullDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale).format(date);
    }

    private String longDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    private String mediumDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    private String text(String key) {
        return Messages.text(locale, key);
    }

    /** Arguments are passed as strings, so that MessageFormat does not group or localise numbers and dates. */
    private String format(String key, Object... arguments) {
        return Messages.format(locale, key, arguments);
    }

    private static boolean approved(Content content) {
        return content.approvedAt() != null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The lines of a text as written, without blank lines before the first or after the last. */
    private static List<String> lines(String text) {
        return text.strip().lines().map(String::stripTrailing).toList();
    }
}
