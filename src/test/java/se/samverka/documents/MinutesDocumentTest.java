package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import se.samverka.documents.MinutesDocument.Action;
import se.samverka.documents.MinutesDocument.Amendment;
import se.samverka.documents.MinutesDocument.Attendee;
import se.samverka.documents.MinutesDocument.Content;
import se.samverka.documents.MinutesDocument.Item;
import se.samverka.platform.Messages;

class MinutesDocumentTest {

    static final Content APRIL = new Content("Nätverket för tidiga insatser",
            "Samordna stödet till barn och familjer i Degerfors.", LocalDateTime.of(2026, 4, 14, 9, 0),
            LocalDateTime.of(2026, 4, 14, 11, 30), "Folkets hus, Degerfors", "Anna Åkesson",
            List.of(new Attendee("Åsa Berg", "Förskolan Solrosen", "Förskola", "PRESENT", null),
                    new Attendee("Maria Nilsson", "Socialtjänsten", "Socialtjänst", "EXCUSED", "Karin Ek"),
                    new Attendee("Erik Lind", "Polisen", "Polis", "PRESENT", null),
                    new Attendee("Olof Svensson", "Region Örebro län", "Hälso- och sjukvård", "ABSENT", null),
                    new Attendee("Lars Öst", "Elevhälsan", "Skola", "EXCUSED", null)),
            List.of(new Item(1, "Lägesbild från polisen", "Erik Lind", 20,
                            "Oron kring helgerna har minskat.\nFler unga söker sig till fritidsgården.",
                            List.of("Nätverket tar fram en gemensam lägesbild till nästa möte.",
                                    "Polisen bjuds in till skolornas föräldramöten.")),
                    new Item(2, "Övrigt", null, 0, null, List.of())),
            List.of(new Action("Sammanställa lägesbild", "Erik Lind", "Polisen", LocalDate.of(2026, 5, 12), false,
                            false),
                    new Action("Boka lokal till hösten", "Anna Åkesson", "Degerfors kommun", null, true, true)),
            "Karin Ek", LocalDateTime.of(2026, 4, 21, 10, 0),
            List.of(new Amendment(LocalDateTime.of(2026, 4, 22, 8, 15), "Anna Åkesson", "Lägesbild från polisen",
                    "Rättat: fritidsgården, inte ungdomsgården.")));

    @Test
    void approvedMinutesSayWhoCameWhatWasDecidedWhatIsToBeDoneAndWhoApproved() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(APRIL, Messages.SWEDISH))) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = PdfInspection.text(pdf);
            List<String> lines = text.lines().map(String::strip).toList();
            inOrder(text, "PROTOKOLL", "Nätverket för tidiga insatser", "Tisdag 14 april 2026, 09:00–11:30",
                    "Plats: Folkets hus, Degerfors", "Sammankallande: Anna Åkesson",
                    "Samordna stödet till barn och familjer i Degerfors.",
                    "Närvaro", "Närvarande (2)", "Åsa Berg, Förskolan Solrosen (Förskola)",
                    "Erik Lind, Polisen (Polis)",
                    "Anmält förhinder (2)", "Maria Nilsson, Socialtjänsten (Socialtjänst) – ersättare: Karin Ek",
                    "Lars Öst, Elevhälsan (Skola)",
                    "Frånvarande (1)", "Olof Svensson, Region Örebro län (Hälso- och sjukvård)",
                    "Dagordning", "1. Lägesbild från polisen", "Föredragande: Erik Lind · 20 min",
                    "Oron kring helgerna har minskat.", "Fler unga söker sig till fritidsgården.", "Beslut:",
                    "• Nätverket tar fram en gemensam lägesbild till nästa möte.",
                    "• Polisen bjuds in till skolornas föräldramöten.", "2. Övrigt",
                    "Åtgärder", "Åtgärd", "Ansvarig", "Organisation", "Klart senast", "Status",
                    "Sammanställa lägesbild", "Boka lokal till hösten",
                    "Justerat 21 april 2026 av Karin Ek", "Ändringar efter justering",
                    "Anna Åkesson · Punkt: Lägesbild från polisen", "Rättat: fritidsgården, inte ungdomsgården.",
                    "Sida 1 av 1");
            assertTrue(lines.contains("Oron kring helgerna har minskat."), "the notes' line breaks are kept:\n" + text);
            assertTrue(lines.contains("Fler unga söker sig till fritidsgården."), text);
            assertFalse(text.contains("Lars Öst, Elevhälsan (Skola) – ersättare"), "no substitute came for Lars");
            String firstAction = line(lines, "Sammanställa lägesbild");
            assertTrue(firstAction.contains("Erik Lind") && firstAction.contains("Polisen")
                    && firstAction.matches(".*12 maj\\.? 2026.*") && firstAction.endsWith("Öppen"), firstAction);
            String carried = line(lines, "Boka lokal till hösten");
            assertTrue(carried.contains("Anna Åkesson") && carried.endsWith("Klar"), carried);
            assertTrue(text.contains("Boka lokal till hösten\n(från tidigare möte)")
                    || lines.get(lines.indexOf(carried) + 1).contains("(från tidigare möte)"), text);
            assertFalse(text.contains("Sammanställa lägesbild\n(från tidigare möte)"), text);
            assertTrue(text.contains("22 april 2026 08:15"), "when the change was made:\n" + text);
            assertFalse(text.toLowerCase(Locale.ROOT).contains("utkast"), "approved, not a draft:\n" + text);
            PdfInspection.assertMetadata(pdf, "Protokoll – Nätverket för tidiga insatser – 14 april 2026",
                    "Anna Åkesson", "sv");
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "Nätverket för tidiga insatser",
                    "Närvaro", "Dagordning", "1. Lägesbild från polisen", "Åtgärder", "Sammanställa lägesbild",
                    "Erik Lind", "Boka lokal till hösten", "Justerat 21 april 2026 av Karin Ek");
            keepPicture(pdf, 1, "minutes-sv");
        }
    }

    @Test
    void minutesNotYetApprovedAreMarkedAsADraftUnderTheTitleAtTheEndAndOnEveryPage() throws IOException {
        Content draft = new Content(APRIL.seriesName(), APRIL.purpose(), APRIL.start(), APRIL.end(), APRIL.place(),
                APRIL.convener(), APRIL.attendees(), APRIL.items(), APRIL.actions(), null, null, List.of());
        try (PDDocument pdf = Loader.loadPDF(write(draft, Messages.SWEDISH))) {
            String text = PdfInspection.text(pdf);
            inOrder(text, "Nätverket för tidiga insatser", "EJ JUSTERAT – UTKAST", "Närvaro", "Åtgärder",
                    "Ej justerat – utkast", "Protokoll – Nätverket för tidiga insatser – 14 april 2026 – utkast",
                    "Sida 1 av 1");
            assertFalse(text.contains("Justerat "), text);
            assertFalse(text.contains("Ändringar efter justering"), "no changes, no heading");
            keepPicture(pdf, 1, "minutes-draft-sv");
        }
    }

    @Test
    void inEnglishEveryLabelAndDateIsEnglish() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(write(APRIL, Locale.ENGLISH))) {
            String text = PdfInspection.text(pdf);
            inOrder(text, "MINUTES", "Tuesday, April 14, 2026, 09:00–11:30", "Place: Folkets hus, Degerfors",
                    "Convener: Anna Åkesson", "Attendance", "Present (2)", "Åsa Berg, Förskolan Solrosen (Förskola)",
                    "Apologies (2)", "Maria Nilsson, Socialtjänsten (Socialtjänst) – substitute: Karin Ek",
                    "Absent (1)",
                    "Agenda", "1. Lägesbild från polisen", "Presenter: Erik Lind · 20 min", "Decisions:",
                    "Actions", "Action", "Responsible", "Organisation", "Due", "Status", "May 12, 2026", "Open",
                    "Done", "(from an earlier meeting)", "Approved April 21, 2026 by Karin Ek",
                    "Changes after approval", "Item: Lägesbild från polisen", "Page 1 of 1");
            for (String swedish : List.of("Närvarande", "Anmält förhinder", "ersättare", "Beslut", "Klart senast",
                    "Justerat", "Sida", "Plats:", "maj")) {
                assertFalse(text.contains(swedish), swedish + " in:\n" + text);
            }
            assertEquals("Minutes – Nätverket för tidiga insatser – April 14, 2026",
                    pdf.getDocumentInformation().getTitle());
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        }
        Content draft = new Content(APRIL.seriesName(), null, APRIL.start(), null, null, null, List.of(), List.of(),
                List.of(), null, null, List.of());
        try (PDDocument pdf = Loader.loadPDF(write(draft, Locale.ENGLISH))) {
            String text = PdfInspection.text(pdf);
            inOrder(text, "NOT APPROVED – DRAFT", "No attendance recorded.", "No items on the agenda.", "No actions.",
                    "Not approved – draft");
        }
    }

    @Test
    void longMinutesWrapAndFlowOverPagesEachNumberedOfTheTotal() throws IOException {
        String paragraph = IntStream.rangeClosed(1, 120).mapToObj(i -> "ord" + i).collect(Collectors.joining(" "));
        List<String> notes = new ArrayList<>();
        for (int i = 1; i <= 90; i++) {
            notes.add("Rad " + i + " av anteckningarna.");
        }
        notes.add(paragraph);
        String minutes = String.join("\n", notes);
        List<Attendee> many = IntStream.rangeClosed(1, 30)
                .mapToObj(i -> new Attendee("Deltagare " + i, "Organisation " + i, "Skola", "PRESENT", null)).toList();
        List<Action> actions = IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new Action("Åtgärd nummer " + i, "Ansvarig " + i, "Kommunen",
                        LocalDate.of(2026, 5, 1).plusDays(i), i % 2 == 0, i % 3 == 0)).toList();
        Content longOne = new Content(APRIL.seriesName(), APRIL.purpose(), APRIL.start(), APRIL.end(), APRIL.place(),
                APRIL.convener(), many, List.of(new Item(1, "Långt samtal", "Anna Åkesson", 90, minutes,
                        List.of("Ett beslut som också är långt: " + paragraph))),
                actions, "Karin Ek", LocalDateTime.of(2026, 4, 21, 10, 0), List.of());
        try (PDDocument pdf = Loader.loadPDF(write(longOne, Messages.SWEDISH))) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 2, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                String text = PdfInspection.text(pdf, page);
                assertTrue(text.contains("Sida " + page + " av " + pages), "page " + page + ":\n" + text);
                assertTrue(text.contains("Protokoll – Nätverket för tidiga insatser – 14 april 2026"), text);
            }
            assertTrue(PdfInspection.text(pdf, 1).contains("Rad 1 av anteckningarna."));
            assertTrue(PdfInspection.text(pdf, pages).contains("Justerat 21 april 2026 av Karin Ek"));
            keepPicture(pdf, 2, "minutes-long-sv-page2");
            int lastNoteLine = pageOf(pdf, "Rad 90 av anteckningarna.");
            assertTrue(lastNoteLine > 1, "the notes go on onto page " + lastNoteLine);
            String all = PdfInspection.withoutSpace(withoutFooters(PdfInspection.text(pdf)));
            assertTrue(all.contains(PdfInspection.withoutSpace(paragraph)), "the long line wraps, nothing lost");
            assertTrue(all.contains(PdfInspection.withoutSpace("• Ett beslut som också är långt: " + paragraph)));
            for (int i = 1; i <= 30; i++) {
                assertTrue(all.contains("Deltagare" + i + ",Organisation" + i + "(Skola)"), "attendee " + i);
            }
            for (int i = 1; i <= 25; i++) {
                assertTrue(all.contains("Åtgärdnummer" + i + "Ansvarig" + i), "action " + i);
            }
        }
    }

    @Test
    void missingFieldsAndEmptyListsAreLeftOutAndTheOutputIsLeftOpen() throws IOException {
        Content sparse = new Content(null, " ", null, null, "", null,
                Arrays.asList(new Attendee("Bara Namn", null, " ", "PRESENT", null), null,
                        new Attendee("Utan Status", "Skolan", null, null, "Någon")),
                List.of(new Item(1, null, " ", 0, "   ", null)),
                List.of(new Action(null, null, null, null, false, false)), null, null, null);
        ClosingCounter out = new ClosingCounter();
        assertDoesNotThrow(() -> new MinutesDocument(Locale.GERMAN).write(sparse, out));
        assertEquals(0, out.closed, "the output is left open");
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = PdfInspection.text(pdf);
            inOrder(text, "PROTOKOLL", "EJ JUSTERAT – UTKAST", "Närvarande (1)", "Bara Namn", "Frånvarande (1)",
                    "Utan Status, Skolan – ersättare: Någon", "1.", "Åtgärder", "Ej justerat – utkast", "Sida 1 av 1");
            for (String left : List.of("Plats", "Sammankallande", "Föredragande", "Beslut", "null", "Bara Namn,",
                    "()")) {
                assertFalse(text.contains(left), left + " in:\n" + text);
            }
            assertEquals("sv", pdf.getDocumentCatalog().getLanguage(), "German falls back to Swedish");
            assertEquals("Samverka", pdf.getDocumentInformation().getAuthor());
            assertEquals("Protokoll", pdf.getDocumentInformation().getTitle());
        }
        Content empty = new Content("Tomt möte", null, null, null, null, null, List.of(), List.of(), List.of(),
                "Karin Ek", LocalDateTime.of(2026, 4, 21, 10, 0), List.of());
        try (PDDocument pdf = Loader.loadPDF(write(empty, Messages.SWEDISH))) {
            inOrder(PdfInspection.text(pdf), "Tomt möte", "Ingen närvaro registrerad.", "Inga punkter på dagordningen.",
                    "Inga åtgärder.", "Justerat 21 april 2026 av Karin Ek", "Sida 1 av 1");
            assertEquals("Protokoll – Tomt möte", pdf.getDocumentInformation().getTitle());
        }
    }

    static byte[] write(Content content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MinutesDocument(locale).write(content, out);
        return out.toByteArray();
    }

    /** Each of the texts occurs, each after the one before it. */
    private static void inOrder(String text, String... expected) {
        int from = 0;
        for (String part : expected) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "\"" + part + "\" after position " + from + " in:\n" + text);
            from = at + part.length();
        }
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(line -> line.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + start + " in " + lines));
    }

    /** The text without the footers' lines, so that what flows from one page onto the next reads as one. */
    private static String withoutFooters(String text) {
        return text.lines().filter(line -> !line.matches(".*Sida \\d+ av \\d+\\s*")).collect(Collectors.joining("\n"));
    }

    private static int pageOf(PDDocument pdf, String text) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (PdfInspection.text(pdf, page).contains(text)) {
                return page;
            }
        }
        return 0;
    }

    /** target/screenshots/minutes-sv.png and the like: a page (from 1) as an image, to look at. */
    private static void keepPicture(PDDocument pdf, int number, String name) throws IOException {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(number - 1, 110);
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        ImageIO.write(page, "png", folder.resolve(name + ".png").toFile());
    }

    private static final class ClosingCounter extends ByteArrayOutputStream {
        int closed;

        @Override
        public void close() {
            closed++;
        }
    }
}
