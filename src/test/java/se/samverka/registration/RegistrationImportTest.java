package se.samverka.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.samverka.event.Event;
import se.samverka.event.EventType;
import se.samverka.platform.DomainEntity;
import se.samverka.platform.Messages;

class RegistrationImportTest {

    private static final List<Sector> SECTORS = List.of(
            new Sector("SCHOOL", "Skola", "School", "#0072B2", 1),
            new Sector("POLICE", "Polis", "Police", "#1F3A93", 2),
            new Sector("SOCIAL_SERVICES", "Socialtjänst", "Social services", "#009E73", 3));

    private final RegistrationImport reader = new RegistrationImport(SECTORS, Set.of("taken@example.se"));

    @Test
    void readsSemicolonSeparatedCsvWithSwedishHeadersAndBom() {
        String csv = "\uFEFFFörnamn;Efternamn;E-post;Telefon;Organisation;Sektor;Titel;Kost;Tillgänglighet\r\n"
                + "Åsa;Öberg;Asa.Oberg@Example.se;070-123 45 67;Umeå kommun;Socialtjänst;Kurator;Vegetarisk;Hörslinga\r\n"
                + "Per;Lind;per@example.se;;Polisen;polis;;;\r\n";

        ImportPreview preview = reader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertTrue(preview.isImportable(), () -> describe(preview));
        assertEquals(2, preview.getRows().size());
        RegistrationRequest asa = preview.getRows().get(0).request();
        assertEquals("Åsa", asa.firstName());
        assertEquals("Öberg", asa.lastName());
        assertEquals("Asa.Oberg@Example.se", asa.email());
        assertEquals("070-123 45 67", asa.phone());
        assertEquals("Umeå kommun", asa.organisation());
        assertEquals("SOCIAL_SERVICES", asa.sector());
        assertEquals("Kurator", asa.title());
        assertEquals("Vegetarisk", asa.dietary());
        assertEquals("Hörslinga", asa.accessibility());
        assertTrue(asa.consentPrivacy(), "the organiser confirms the person was told of the privacy notice");
        RegistrationRequest per = preview.getRows().get(1).request();
        assertEquals("POLICE", per.sector());
        assertNull(per.phone());
        assertNull(per.title());
        assertEquals(3, preview.getRows().get(1).getNumber());
    }

    @Test
    void readsCommaSeparatedCsvWithQuotesAndEnglishHeaders() {
        String csv = "firstName,lastName,email,organisation,sector,dietary\n"
                + "Anna,\"Berg, Jr\",anna@example.se,\"Skolan \"\"Lärkan\"\"\",school,\"Nötter,\nmjölk\"\n"
                + "\n"
                + "Bo,Ek,bo@example.se,Polisen,Police,\n";

        ImportPreview preview = reader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertTrue(preview.isImportable(), () -> describe(preview));
        ImportRow anna = preview.getRows().get(0);
        assertEquals("Berg, Jr", anna.request().lastName());
        assertEquals("Skolan \"Lärkan\"", anna.request().organisation());
        assertEquals("SCHOOL", anna.request().sector());
        assertEquals("Nötter,\nmjölk", anna.request().dietary());
        assertEquals(2, anna.getNumber());
        ImportRow bo = preview.getRows().get(1);
        assertEquals(5, bo.getNumber(), "rows keep their line numbers; blank lines are skipped");
        assertEquals("POLICE", bo.request().sector());
    }

    @Test
    void readsCsvSavedByOlderExcelInWindows1252() {
        String csv = "förnamn;efternamn;e-post;organisation;sektor\nÅke;Ström;ake@example.se;Skolan;Skola\n";

        ImportPreview preview = reader.read(csv.getBytes(Charset.forName("windows-1252")));

        assertTrue(preview.isImportable(), () -> describe(preview));
        assertEquals("Åke", preview.getRows().get(0).request().firstName());
        assertEquals("Ström", preview.getRows().get(0).request().lastName());
    }

    @Test
    void readsXlsxBuiltWithPoi() throws IOException {
        byte[] xlsx = workbook(new Object[][] {
                {"Förnamn", "Efternamn", "E-post", "Telefon", "Organisation", "Sektor", "Okänd kolumn"},
                {"Karin", "Ny", "karin@example.se", 701234567, "Socialtjänsten", "SOCIAL_SERVICES", "x"},
                {null, null, null, null, null, null, null},
                {"Olle", "Ås", "olle@example", null, "Skolan", "Fritids", null}});

        ImportPreview preview = reader.read(xlsx);

        assertTrue(preview.getFileErrors().isEmpty(), () -> describe(preview));
        assertEquals(2, preview.getRows().size());
        ImportRow karin = preview.getRows().get(0);
        assertTrue(karin.isValid(), () -> describe(preview));
        assertEquals("701234567", karin.request().phone());
        assertEquals("SOCIAL_SERVICES", karin.request().sector());
        ImportRow olle = preview.getRows().get(1);
        assertEquals(4, olle.getNumber());
        assertEquals(Set.of("email:registration.error.email", "sector:registration.error.unknownSector"),
                keys(olle));
        assertEquals(1, preview.getValidCount());
        assertEquals(List.of(karin.request()), preview.validRequests());
    }

    @Test
    void reportsEachBadRowWithoutStoppingAtTheFirst() {
        String csv = "firstName;lastName;email;organisation;sector;phone\n"
                + "Ok;Person;ok@example.se;Org;SCHOOL;\n"
                + ";Utan förnamn;nofirst@example.se;Org;SCHOOL;\n"
                + "Fel;Adress;inte-en-adress;Org;SCHOOL;\n"
                + "Okänd;Sektor;sector@example.se;Org;Bageri;\n"
                + "Dubbel;Rad;OK@example.se;Org;SCHOOL;\n"
                + "Redan;Anmäld;Taken@Example.se;Org;SCHOOL;\n"
                + "Lång;Telefon;phone@example.se;;SCHOOL;" + "1".repeat(41) + "\n";

        ImportPreview preview = reader.read(csv.getBytes(StandardCharsets.UTF_8));

        List<ImportRow> rows = preview.getRows();
        assertEquals(7, rows.size());
        assertTrue(rows.get(0).isValid());
        assertEquals(Set.of("firstName:registration.error.required"), keys(rows.get(1)));
        assertEquals(Set.of("email:registration.error.email"), keys(rows.get(2)));
        assertEquals(Set.of("sector:registration.error.unknownSector"), keys(rows.get(3)));
        assertEquals(List.of("Bageri"), rows.get(3).getErrors().get(0).arguments());
        assertEquals(Set.of("email:import.error.duplicateInFile"), keys(rows.get(4)));
        assertEquals(List.of("2"), rows.get(4).getErrors().get(0).arguments(), "names the row it repeats");
        assertEquals(Set.of("email:import.error.alreadyRegistered"), keys(rows.get(5)));
        assertEquals(Set.of("organisation:registration.error.required", "phone:validation.tooLong"), keys(rows.get(6)));
        assertFalse(preview.isImportable());
        assertEquals(1, preview.getValidCount());
        assertEquals(6, preview.getInvalidCount());
        assertEquals("Fältet måste fyllas i.", rows.get(1).getErrors().get(0).message(Locale.forLanguageTag("sv")));
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        ImportPreview preview = reader.read("name;email\nAnna Berg;anna@example.se\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(1, preview.getFileErrors().size());
        ImportError error = preview.getFileErrors().get(0);
        assertEquals("import.error.missingColumns", error.messageKey());
        assertEquals(List.of("firstName, lastName, organisation, sector"), error.arguments());
        assertTrue(preview.getRows().isEmpty());
        assertTrue(preview.validRequests().isEmpty());
    }

    @Test
    void refusesAnEmptyFileAndAnUnreadableSpreadsheet() {
        assertEquals("import.error.empty", reader.read(new byte[0]).getFileErrors().get(0).messageKey());
        assertEquals("import.error.empty",
                reader.read("förnamn;efternamn\n".getBytes(StandardCharsets.UTF_8)).getFileErrors().get(0).messageKey());
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 0};
        assertEquals("import.error.unreadable", reader.read(brokenZip).getFileErrors().get(0).messageKey());
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        StringBuilder csv = new StringBuilder("firstName,lastName,email,organisation,sector\n");
        for (int i = 0; i <= RegistrationImport.MAX_ROWS; i++) {
            csv.append("A,B,a").append(i).append("@example.se,Org,SCHOOL\n");
        }
        ImportPreview preview = reader.read(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("import.error.tooManyRows", preview.getFileErrors().get(0).messageKey());
    }

    /**
     * The event asks a required question the file has no column for (the organiser imports, so the rows are
     * still fine), and two others whose answers come in columns headed with the question, one in English.
     */
    @Test
    void readsAnswersFromColumnsNamedLikeTheQuestionsAndLeavesARequiredOneOpen() {
        Event event = new Event(EventType.CONFERENCE, "Konferens", "konferens", LocalDate.of(2027, 3, 16),
                LocalDate.of(2027, 3, 17));
        Question municipality = question(event, 11, "Vilken kommun arbetar du i?", null, QuestionKind.TEXT, null, true);
        Question lunch = question(event, 12, "Vill du äta lunch?", "Do you want lunch?", QuestionKind.YES_NO, null,
                true);
        Question topics = question(event, 13, "Vilka teman intresserar dig?", null, QuestionKind.MULTIPLE_CHOICE,
                List.of("Skolnärvaro", "Föräldraskap", "Trygghet"), false);
        RegistrationImport withQuestions = new RegistrationImport(SECTORS, Set.of(), List.of(municipality, lunch, topics));
        String csv = "förnamn;efternamn;e-post;organisation;sektor;Do you want lunch;Vilka teman intresserar dig?\n"
                + "Åsa;Öberg;asa@example.se;Umeå kommun;SCHOOL;Ja;skolnärvaro; Trygghet\n"
                + "Per;Lind;per@example.se;Polisen;POLICE;;\n"
                + "Eva;Ek;eva@example.se;Polisen;POLICE;kanske;Trädgård\n";
        String quoted = csv.replace("skolnärvaro; Trygghet", "\"skolnärvaro; Trygghet\"");

        ImportPreview preview = withQuestions.read(quoted.getBytes(StandardCharsets.UTF_8));

        List<ImportRow> rows = preview.getRows();
        assertTrue(preview.getFileErrors().isEmpty(), () -> describe(preview));
        assertEquals(Map.of("12", "yes", "13", "Skolnärvaro\nTrygghet"), rows.get(0).request().answers(),
                "ja is yes, options in any case, separated by semicolons");
        assertTrue(rows.get(1).isValid(), "a required answer may be missing from an organiser's import");
        assertEquals(Map.of(), rows.get(1).request().answers());
        assertEquals(Set.of("answers.12:question.error.yesNo", "answers.13:question.error.option"), keys(rows.get(2)));
        assertEquals("import.column.question", rows.get(2).getErrors().get(0).columnKey());
        assertEquals("Svara ja eller nej: Vill du äta lunch?",
                rows.get(2).getErrors().get(0).message(Locale.forLanguageTag("sv")));
        assertEquals(2, preview.getValidCount());
        assertEquals(List.of("import.note.answerColumns", "import.note.requiredWithoutColumn"),
                preview.getNotes().stream().map(ImportError::messageKey).toList());
        assertEquals(List.of("Vilken kommun arbetar du i?"), preview.getNotes().get(1).arguments());
    }

    @Test
    void countsSayOneRowAndManyRowsInBothLanguages() {
        Locale sv = Locale.forLanguageTag("sv");
        assertEquals("1 rad kan importeras, ingen rad har fel.", Messages.format(sv, "import.counts", 1, 0));
        assertEquals("3 rader kan importeras, 1 rad har fel och hoppas över.", Messages.format(sv, "import.counts", 3, 1));
        assertEquals("Inga rader kan importeras, 2 rader har fel och hoppas över.",
                Messages.format(sv, "import.counts", 0, 2));
        assertEquals("Importera 1 giltig rad", Messages.format(sv, "import.submit", 1L));
        assertEquals("Importera 2 giltiga rader", Messages.format(sv, "import.submit", 2L));
        assertEquals("1 deltagare är importerad från lista.csv.", Messages.format(sv, "import.done", 1, "lista.csv"));
        assertEquals("1 row can be imported, 2 rows have errors and are skipped.",
                Messages.format(Locale.ENGLISH, "import.counts", 1, 2));
        assertEquals("Import 1 valid row", Messages.format(Locale.ENGLISH, "import.submit", 1L));
        assertEquals("Import 1,500 valid rows", Messages.format(Locale.ENGLISH, "import.submit", 1500L));
        assertEquals("12 participants are imported from list.xlsx.",
                Messages.format(Locale.ENGLISH, "import.done", 12, "list.xlsx"));
    }

    private static Question question(Event event, long id, String textSv, String textEn, QuestionKind kind,
            List<String> options, boolean required) {
        Question question = new Question(event, textSv, textEn, kind, options, required, (int) id);
        try {
            java.lang.reflect.Field field = DomainEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(question, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return question;
    }

    private static Set<String> keys(ImportRow row) {
        return Set.copyOf(row.getErrors().stream().map(e -> e.field() + ":" + e.messageKey()).toList());
    }

    private static String describe(ImportPreview preview) {
        return preview.getFileErrors() + " " + preview.getRows().stream()
                .map(r -> r.getNumber() + "=" + r.getErrors()).toList();
    }

    private static byte[] workbook(Object[][] cells) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Deltagare");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    Object value = cells[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
