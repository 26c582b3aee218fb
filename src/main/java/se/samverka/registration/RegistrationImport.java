package se.samverka.registration;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a participant list (CSV or spreadsheet) into registration requests and says what is wrong
 * with each row, without saving anything. Columns are found by their header, in English or Swedish
 * (firstName/förnamn, lastName/efternamn, email/e-post, phone/telefon, organisation, sector/sektor,
 * title/titel, dietary/kost, accessibility/tillgänglighet); a sector is given by code or name.
 */
public class RegistrationImport {

    /** More rows than this are refused: a conference list, not a population register. */
    public static final int MAX_ROWS = 2000;

    static final List<String> REQUIRED = List.of("firstName", "lastName", "email", "organisation", "sector");
    private static final Map<String, Integer> MAX_LENGTH = Map.of("firstName", 100, "lastName", 100,
            "phone", 40, "organisation", 200, "title", 200, "dietary", 1000, "accessibility", 1000);
    private static final Map<String, String> HEADERS = headers();

    private final List<Sector> sectors;
    private final Set<String> registeredEmails;

    /** @param registeredEmails the (normalised) addresses already actively registered for the event */
    public RegistrationImport(List<Sector> sectors, Set<String> registeredEmails) {
        this.sectors = List.copyOf(sectors);
        this.registeredEmails = Set.copyOf(registeredEmails);
    }

    public ImportPreview read(byte[] content) {
        ImportPreview preview = new ImportPreview();
        List<ImportTable.Line> lines;
        try {
            lines = ImportTable.read(content);
        } catch (IOException e) {
            preview.fail(ImportError.of(null, "import.error.unreadable"));
            return preview;
        }
        if (lines.size() < 2) {
            preview.fail(ImportError.of(null, "import.error.empty"));
            return preview;
        }
        if (lines.size() - 1 > MAX_ROWS) {
            preview.fail(ImportError.of(null, "import.error.tooManyRows", MAX_ROWS));
            return preview;
        }
        Map<String, Integer> columns = columns(lines.get(0).cells());
        List<String> missing = REQUIRED.stream().filter(field -> !columns.containsKey(field)).toList();
        if (!missing.isEmpty()) {
            preview.fail(ImportError.of(null, "import.error.missingColumns", String.join(", ", missing)));
            return preview;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (ImportTable.Line line : lines.subList(1, lines.size())) {
            preview.add(row(line, columns, seen));
        }
        return preview;
    }

    private ImportRow row(ImportTable.Line line, Map<String, Integer> columns, Map<String, Integer> seen) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((field, index) -> values.put(field, index < line.cells().size() ? line.cells().get(index) : ""));
        Optional<Sector> sector = sector(values.get("sector"));
        ImportRow row = new ImportRow(line.number(), values, sector.map(Sector::getCode).orElse(null));
        for (String field : REQUIRED) {
            if (values.get(field).isEmpty()) {
                row.fail(ImportError.of(field, "registration.error.required"));
            }
        }
        MAX_LENGTH.forEach((field, max) -> {
            if (values.getOrDefault(field, "").length() > max) {
                row.fail(ImportError.of(field, "validation.tooLong"));
            }
        });
        if (!values.get("sector").isEmpty() && sector.isEmpty()) {
            row.fail(ImportError.of("sector", "registration.error.unknownSector", values.get("sector")));
        }
        if (!values.get("email").isEmpty()) {
            checkEmail(row, values, seen);
        }
        return row;
    }

    private void checkEmail(ImportRow row, Map<String, String> values, Map<String, Integer> seen) {
        String email;
        try {
            email = Participant.normalisedEmail(values.get("email"));
        } catch (InvalidRegistrationException e) {
            row.fail(ImportError.of("email", e.messageKey()));
            return;
        }
        Integer earlier = seen.putIfAbsent(email, row.getNumber());
        if (earlier != null) {
            row.fail(ImportError.of("email", "import.error.duplicateInFile", earlier));
        } else if (registeredEmails.contains(email)) {
            row.fail(ImportError.of("email", "import.error.alreadyRegistered"));
        }
    }

    private Optional<Sector> sector(String given) {
        String wanted = given.strip();
        return sectors.stream()
                .filter(s -> s.getCode().equalsIgnoreCase(wanted) || s.getNameSv().equalsIgnoreCase(wanted)
                        || s.getNameEn().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Which column holds which field; unknown headers are ignored, the first of two alike wins. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String field = HEADERS.get(normalisedHeader(header.get(i)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        return columns;
    }

    static String normalisedHeader(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]", "");
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        put(headers, "firstName", "firstname", "förnamn", "fornamn");
        put(headers, "lastName", "lastname", "surname", "efternamn");
        put(headers, "email", "email", "epost", "epostadress", "mail");
        put(headers, "phone", "phone", "telefon", "telefonnummer", "mobil");
        put(headers, "organisation", "organisation", "organization");
        put(headers, "sector", "sector", "sektor");
        put(headers, "title", "title", "titel", "befattning");
        put(headers, "dietary", "dietary", "kost", "specialkost", "allergier");
        put(headers, "accessibility", "accessibility", "tillgänglighet", "tillganglighet");
        return Map.copyOf(headers);
    }

    private static void put(Map<String, String> headers, String field, String... names) {
        for (String name : names) {
            headers.put(name, field);
        }
    }
}
