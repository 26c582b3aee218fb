package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samverka.platform.PersonalDataExport;

/**
 * Every REST method that produces a file (CSV, Excel, PDF, ZIP, iCalendar) is either marked
 * {@link PersonalDataExport}, so that the export log records it, or on the short list below of files without anyone's
 * personal data (or with only the caller's own, through their private link), each with its reason. A new export
 * added without either fails here.
 */
class PersonalDataExportCoverageTest {

    /** Files that are no export of personal data, by {@code Class#method}, and why. */
    static final Map<String, String> NOT_PERSONAL = Map.of(
            "OwnRegistrationResource#calendar", "the participant's own programme, to themselves through their private link",
            "OwnCertificateResource#certificate", "the participant's own certificate, to themselves through their private link",
            "OwnDataPdfResource#pdf", "the person's own extract, to themselves through their private link",
            "CalendarResource#calendar", "the public programme",
            "ProgramPdfResource#programme", "the public programme",
            "SeriesResource#calendar", "the series' meetings (times, places), no members",
            "DialogueSummaryResource#pdf", "the tables' notes with the sector mix, never names",
            "SurveyReportResource#pdf", "aggregated survey results; small groups are held back");

    private static final Set<String> FILE_TYPES = Set.of("csv", "spreadsheetml", "pdf", "zip", "calendar");

    private static Set<String> fileMethods;

    @BeforeAll
    static void scan() {
        fileMethods = new TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("se"))) {
            files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", ""))
                    .map(PersonalDataExportCoverageTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .forEach(type -> {
                        for (Method method : type.getDeclaredMethods()) {
                            if (producesAFile(type, method)) {
                                fileMethods.add(type.getSimpleName() + "#" + method.getName()
                                        + (method.isAnnotationPresent(PersonalDataExport.class) ? "" : "!"));
                            }
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PersonalDataExportCoverageTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static boolean producesAFile(Class<?> type, Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            return false;
        }
        return Arrays.stream(produces.value()).map(media -> media.toLowerCase(Locale.ROOT))
                .anyMatch(media -> FILE_TYPES.stream().anyMatch(media::contains));
    }

    @Test
    void theScanFindsTheKnownExports() {
        Set<String> names = new TreeSet<>();
        fileMethods.forEach(method -> names.add(method.replace("!", "")));
        assertTrue(names.containsAll(Set.of("ParticipantListResource#export", "BadgeResource#badges",
                "PersonPdfResource#pdf", "SeriesResource#attendanceCsv")), fileMethods.toString());
        assertTrue(fileMethods.size() >= 20, fileMethods.toString());
    }

    @Test
    void everyFileWithPersonalDataIsMarkedAsAnExport() {
        Set<String> unmarked = new TreeSet<>();
        for (String method : fileMethods) {
            if (method.endsWith("!") && !NOT_PERSONAL.containsKey(method.substring(0, method.length() - 1))) {
                unmarked.add(method.substring(0, method.length() - 1));
            }
        }
        assertEquals(Set.of(), unmarked, "REST methods producing files without @PersonalDataExport: mark them (the"
                + " export log records them) or add them with a reason to NOT_PERSONAL");
    }

    @Test
    void theListOfFilesWithoutPersonalDataNamesOnlyUnmarkedMethodsThatExist() {
        for (String method : NOT_PERSONAL.keySet()) {
            assertTrue(fileMethods.contains(method + "!"), method + " is no longer an unmarked file method");
        }
    }
}
