package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import se.samverka.platform.Messages;

/**
 * The participants of an event (A4), grouped by sector: each sector under a heading with its
 * count, then a row per participant (name, organisation, title, status), and the total at the end.
 * Rows are streamed page by page; a sector's count is filled in when its last row has been read,
 * so the rows need not be counted first. Callers give the rows ordered by sector, then by name.
 */
public final class ParticipantListDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float[] COLUMN_WIDTHS = {27f, 31f, 19f, 23f};
    private static final float HEADING_SIZE = 13f;
    private static final float COUNT_SIZE = 10f;
    /** Room a sector heading needs below it, so that it does not end a page alone. */
    private static final float ROOM_FOR_HEADING = 110f;

    private final String eventTitle;
    private final Locale locale;

    public ParticipantListDocument(String eventTitle, Locale locale) {
        this.eventTitle = eventTitle;
        this.locale = Messages.supported(locale);
    }

    /** Writes the list; closes the stream of rows but not the output. Returns the number of participants. */
    public int write(Stream<ParticipantRow> rows, OutputStream out) {
        try (rows) {
            return write(rows.iterator(), out);
        }
    }

    /** Writes the list and leaves the output open. Returns the number of participants. */
    public int write(Iterator<ParticipantRow> rows, OutputStream out) {
        ListDocument list = ListDocument.open(locale, "participantList.pageOf",
                Messages.format(locale, "participantList.documentTitle", eventTitle), eventTitle,
                "participantList", null, out);
        list.heading(Messages.text(locale, "participantList.label"), eventTitle, null, null);
        list.gap();
        int total = 0;
        ParticipantRow next = rows.hasNext() ? rows.next() : null;
        while (next != null) {
            String sector = next.sectorName();
            list.keepRoom(ROOM_FOR_HEADING);
            PendingText count = PendingText.room(list.writer(),
                    Messages.format(locale, "participantList.sectorCount", 99_999), COUNT_SIZE, PdfFonts.MUTED);
            ListTables table = sectorTable(list, sector, count);
            int inSector = 0;
            while (next != null && Objects.equals(sector, next.sectorName())) {
                table.addRow(cells(next));
                inSector++;
                next = rows.hasNext() ? rows.next() : null;
            }
            table.finish();
            count.fill(Messages.format(locale, "participantList.sectorCount", inSector));
            total += inSector;
        }
        list.paragraph(28, total == 0 ? Messages.text(locale, "participantList.none")
                : Messages.format(locale, "participantList.total", total), 11, true);
        list.close();
        return total;
    }

    private ListTables sectorTable(ListDocument list, String sector, PendingText count) {
        ListTables table = ListTables.streamInto(list.document(), list.writer(), COLUMN_WIDTHS, 2);
        Phrase heading = new Phrase();
        heading.add(new Chunk(sector == null ? "" : sector, PdfFonts.bold(HEADING_SIZE, PdfFonts.ACCENT)));
        heading.add(new Chunk("   ", PdfFonts.regular(HEADING_SIZE)));
        heading.add(count.chunk());
        PdfPCell cell = new PdfPCell(heading);
        cell.setColspan(COLUMN_WIDTHS.length);
        cell.setBorder(PdfPCell.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingTop(14);
        cell.setPaddingBottom(7);
        table.addHeader(cell);
        for (String column : List.of("name", "organisation", "title", "status")) {
            table.addHeader(ListTables.header(Messages.text(locale, "participantList.column." + column)));
        }
        return table;
    }

    private PdfPCell[] cells(ParticipantRow row) {
        Phrase name = new Phrase();
        name.add(new Chunk(row.lastName() == null ? "" : row.lastName(), PdfFonts.bold(ListTables.TEXT_SIZE)));
        if (row.firstName() != null && !row.firstName().isBlank()) {
            name.add(new Chunk(", " + row.firstName(), PdfFonts.regular(ListTables.TEXT_SIZE)));
        }
        return new PdfPCell[] {ListTables.cell(name), ListTables.text(row.organisation()), ListTables.text(row.title()),
            ListTables.text(row.status())};
    }
}
