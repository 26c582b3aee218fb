package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.testdata.ProgrammeBuilder.aBreak;
import static se.samverka.testdata.ProgrammeBuilder.aConference;
import static se.samverka.testdata.ProgrammeBuilder.aTalk;
import static se.samverka.testdata.ProgrammeBuilder.aWorkshop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Messages;
import se.samverka.program.ProgramRows;
import se.samverka.testdata.ProgrammeBuilder;
import se.samverka.testdata.ProgrammeBuilder.Programme;

class ProgramDocumentTest {

    private static final List<String> SPEAKERS = List.of("Märtha Lundkvist", "Henrik Andershed", "Julia Åhlgren");

    private static Programme conference() {
        return aConference().titled("Samverkanskonferens Degerfors 2026").at("Folkets hus, Degerfors")
                .onDays(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 15))
                .withSpeaker("Märtha Lundkvist", "Kommunpolis", "Polisen Bergslagen",
                        "Märtha leder länets nätverk för trygghetsskapande arbete.")
                .withSpeaker("Henrik Andershed", "Professor", "Örebro universitet", "Forskar om tidiga insatser.")
                .withSpeaker("Julia Åhlgren", "Samordnare", "Degerfors kommun", "Samordnar Degerforsmodellen.")
                .withSession(aTalk("Välkommen till Degerfors").onDay(1).from("09:00").to("09:30")
                        .in("Stora salen").by("Julia Åhlgren").about("Samverkan", "Collaboration"))
                .withSession(aTalk("Vad säger forskningen?").onDay(1).from("09:30").to("10:15")
                        .in("Stora salen").by("Henrik Andershed"))
                .withSession(aBreak("Förmiddagsfika").onDay(1).from("10:15").to("10:45"))
                .withSession(aWorkshop("Lägesbilder i praktiken").onDay(2).from("09:00").to("10:30")
                        .in("Sal Ängen").by("Märtha Lundkvist", "Julia Åhlgren"))
                .build();
    }

    /** The programme as the programme's PDF resource hands it over. */
    private static void write(Programme programme, Locale locale, OutputStream out) {
        new ProgramDocument().write(ProgramRows.heading(programme.event()), ProgramRows.rows(programme.sessions(), locale),
                ProgramRows.speakers(programme.sessions()), locale, out);
    }

    private static PDDocument pdf(Programme programme, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(programme, locale, out);
        return Loader.loadPDF(out.toByteArray());
    }

    /** The text of one page in reading order (tables and paragraphs are separate layers in the file). */
    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document);
    }

    @Test
    void showsTheEventItsSessionsAndSpeakers() throws IOException {
        try (PDDocument pdf = pdf(conference(), Messages.SWEDISH)) {
            String text = text(pdf);

            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text.contains("Samverkanskonferens Degerfors 2026"), text);
            assertTrue(text.contains("Plats: Folkets hus, Degerfors"), text);
            for (String title : List.of("Välkommen till Degerfors", "Vad säger forskningen?", "Förmiddagsfika",
                    "Lägesbilder i praktiken")) {
                assertTrue(text.contains(title), title + " in\n" + text);
            }
            SPEAKERS.forEach(name -> assertTrue(text.contains(name), name + " in\n" + text));
            assertTrue(text.contains("Sida 1 av 1"), text);
        }
    }

    @Test
    void headsEachDayWithItsWeekdayAndDate() throws IOException {
        try (PDDocument pdf = pdf(conference(), Messages.SWEDISH)) {
            String text = text(pdf);

            assertTrue(text.contains("Tisdag 14 april 2026"), text);
            assertTrue(text.contains("Onsdag 15 april 2026"), text);
            assertTrue(text.contains("09:00–09:30"), text);
            assertTrue(text.contains("Föreläsning · Samverkan"), text);
            assertTrue(text.indexOf("Välkommen till Degerfors") < text.indexOf("Onsdag 15 april 2026"));
            assertTrue(text.indexOf("Onsdag 15 april 2026") < text.indexOf("Lägesbilder i praktiken"));
        }
    }

    @Test
    void listsSpeakersWithTitleOrganisationAndBioOnce() throws IOException {
        try (PDDocument pdf = pdf(conference(), Messages.SWEDISH)) {
            String text = text(pdf);
            String speakers = text.substring(text.lastIndexOf("Talare"));

            assertTrue(speakers.contains("Kommunpolis, Polisen Bergslagen"), speakers);
            assertTrue(speakers.contains("Märtha leder länets nätverk för trygghetsskapande arbete."), speakers);
            assertEquals(1, occurrences(speakers, "Julia Åhlgren"), speakers);
            assertTrue(speakers.indexOf("Henrik") < speakers.indexOf("Julia"), "sorted by name");
            assertTrue(speakers.indexOf("Julia") < speakers.indexOf("Märtha"), "sorted by name");
        }
    }

    @Test
    void speaksEnglishWhenAsked() throws IOException {
        try (PDDocument pdf = pdf(conference(), Messages.ENGLISH)) {
            String text = text(pdf);

            assertTrue(text.contains("Page 1 of 1"), text);
            assertTrue(text.contains("Speakers"), text);
            assertTrue(text.contains("Tuesday"), text);
            assertTrue(text.contains("Talk · Collaboration"), text);
            assertFalse(text.contains("Sida"), text);
        }
    }

    @Test
    void embedsItsFonts() throws IOException {
        try (PDDocument pdf = pdf(conference(), Messages.SWEDISH)) {
            PDResources resources = pdf.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSans")), fonts.toString());
        }
    }

    @Test
    void numbersEveryPageOfALongProgramme() throws IOException {
        Programme big = eightySessions();
        try (PDDocument pdf = pdf(big, Messages.SWEDISH)) {
            int pages = pdf.getNumberOfPages();

            assertTrue(pages >= 3, "pages: " + pages);
            for (int page = 1; page <= pages; page++) {
                assertTrue(text(pdf, page).contains("Sida " + page + " av " + pages), "page " + page);
            }
            String all = text(pdf);
            big.sessions().forEach(s -> assertTrue(all.contains(s.getTitle()), s.getTitle()));
            assertTrue(text(pdf, pages).contains("Sida " + pages + " av " + pages));
        }
    }

    @Test
    void anEmptyProgrammeSaysSo() throws IOException {
        try (PDDocument pdf = pdf(aConference().build(), Messages.SWEDISH)) {
            String text = text(pdf);

            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text.contains("Programmet är inte publicerat än."), text);
            assertFalse(text.contains("Talare"), text);
        }
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        Programme programme = conference();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed by the document");
            }
        };

        write(programme, Messages.SWEDISH, out);

        assertTrue(out.size() > 1000);
    }

    private static Programme eightySessions() {
        ProgrammeBuilder builder = aConference().onDays(LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 16));
        for (int i = 0; i < 80; i++) {
            LocalTime start = LocalTime.of(8, 0).plusMinutes(20L * (i % 27));
            builder.withSession(aTalk("Pass " + (i + 1) + ": samverkan i Åmål och Örebro")
                    .onDay(1 + i / 27).from(start.toString()).to(start.plusMinutes(20).toString())
                    .in("Sal " + (1 + i % 3)).by(SPEAKERS.get(i % 3)));
        }
        return builder.build();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** Title, author, subject and language; a session's time before its title, the speakers after the days. */
    @Test
    void carriesItsMetadataAndReadsTimeBeforeTitle() throws IOException {
        try (PDDocument pdf = pdf(conference(), Messages.SWEDISH)) {
            PdfInspection.assertMetadata(pdf, "Program: Samverkanskonferens Degerfors 2026", "Samverka", "sv");
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), "Samverkanskonferens Degerfors 2026",
                    "09:00", "Välkommen till Degerfors", "09:30", "Vad säger forskningen?", "Lägesbilder i praktiken",
                    "Talare", "Henrik Andershed", "Julia Åhlgren", "Märtha Lundkvist");
        }
        try (PDDocument pdf = pdf(conference(), Locale.ENGLISH)) {
            assertEquals("en", PdfInspection.language(pdf));
            assertEquals("The programme of an event", PdfInspection.subject(pdf));
        }
    }
}
