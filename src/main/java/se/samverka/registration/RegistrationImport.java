package se.samverka.registration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverka.platform.DomainException;

/**
 * Reads a participant list (CSV or spreadsheet) into registration requests and says what is wrong
 * with each row, without saving anything. Columns are found by their header, in English or Swedish
 * (firstName/förnamn, lastName/efternamn, email/e-post, phone/telefon, organisation, sector/sektor,
 * title/titel, dietary/kost, accessibility/tillgänglighet); a sector is given by code or name.
 * A column headed with the text of one of the event's own questions (Swedish or English) holds its answers:
 * ja/nej (yes/no) for a yes-or-no question, an option's text for a choice, several options separated by ";".
 * An empty answer is fine even for a required question: the organiser imports, not the participant (who can
 * answer later through their own link); an answer that is given must fit the question.
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
    private final List<Question> questions;

    /** @param registeredEmails the (normalised) addresses already actively registered for the event */
    public RegistrationImport(List<Sector> sectors, Set<String> registeredEmails) {
        this(sectors, registeredEmails, List.of());
    }

    /** @param questions the event's own questions, whose answers a file may carry in a column each */
    public RegistrationImport(List<Sector> sectors, Set<String> registeredEmails, List<Question> questions) {
        this.sectors = List.copyOf(sectors);
        this.registeredEmails = Set.copyOf(registeredEmails);
        this.questions = List.copyOf(questions);
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
        Map<Question, Integer> answerColumns = answerColumns(lines.get(0).cells(), columns);
        noteQuestions(preview, answerColumns);
        Map<String, Integer> seen = new HashMap<>();
        for (ImportTable.Line line : lines.subList(1, lines.size())) {
            preview.add(row(line, columns, answerColumns, seen));
        }
        return preview;
    }

    private ImportRow row(ImportTable.Line line, Map<String, Integer> columns, Map<Question, Integer> answerColumns,
            Map<String, Integer> seen) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((field, index) -> values.put(field, cell(line, index)));
        Optional<Sector> sector = sector(values.get("sector"));
        Map<String, String> answers = new LinkedHashMap<>();
        List<ImportError> wrongAnswers = new ArrayList<>();
        answerColumns.forEach((question, index) -> {
            try {
                String answer = question.accept(answer(question, cell(line, index)), false);
                if (answer != null) {
                    answers.put(String.valueOf(question.getId()), answer);
                }
            } catch (InvalidRegistrationException e) {
                // its texts name the question: "Svara ja eller nej: {0}"
                wrongAnswers.add(ImportError.of(e.field(), e.messageKey(), question.getTextSv()));
            } catch (DomainException e) {
                wrongAnswers.add(ImportError.of(e.field(), "import.error.answer", question.getTextSv()));
            }
        });
        ImportRow row = new ImportRow(line.number(), values, sector.map(Sector::getCode).orElse(null), answers);
        wrongAnswers.forEach(row::fail);
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

    private static String cell(ImportTable.Line line, int index) {
        return index < line.cells().size() ? line.cells().get(index) : "";
    }

    /**
     * A cell as the question's answer would be given on the form: "Ja"/"nej" as yes/no, an option in any
     * letter case as the option itself, several options (";" or one per line) one per line. What fits nothing
     * is passed on as it is, for the question to refuse.
     */
    private static String answer(Question question, String cell) {
        String given = cell.strip();
        return switch (question.getKind()) {
            case YES_NO -> YES.contains(given.toLowerCase(Locale.ROOT)) ? Question.YES
                    : NO.contains(given.toLowerCase(Locale.ROOT)) ? Question.NO : given;
            case SINGLE_CHOICE -> option(question, given);
            case MULTIPLE_CHOICE -> String.join("\n", java.util.Arrays.stream(given.split("[;\\n]"))
                    .map(String::strip).filter(part -> !part.isEmpty()).map(part -> option(question, part)).toList());
            default -> cell;
        };
    }

    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "x", "sant", "true");
    private static final Set<String> NO = Set.of("nej", "n", "no", "falskt", "false");

    private static String option(Question question, String given) {
        return question.getOptions().stream().filter(option -> option.equalsIgnoreCase(given)).findFirst()
                .orElse(given);
    }

    /** The columns headed with a question's text (not taken by a field of the participant). */
    private Map<Question, Integer> answerColumns(List<String> header, Map<String, Integer> columns) {
        Map<Question, Integer> answerColumns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (columns.containsValue(i)) {
                continue;
            }
            String heading = questionHeader(header.get(i));
            for (Question question : questions) {
                if (!heading.isEmpty() && (heading.equals(questionHeader(question.getTextSv()))
                        || question.getTextEn() != null && heading.equals(questionHeader(question.getTextEn())))) {
                    answerColumns.putIfAbsent(question, i);
                }
            }
        }
        return answerColumns;
    }

    private void noteQuestions(ImportPreview preview, Map<Question, Integer> answerColumns) {
        if (!answerColumns.isEmpty()) {
            preview.note(ImportError.of(null, "import.note.answerColumns", String.join("; ",
                    answerColumns.keySet().stream().map(Question::getTextSv).toList())));
        }
        List<String> unanswered = questions.stream().filter(Question::isRequired)
                .filter(question -> !answerColumns.containsKey(question)).map(Question::getTextSv).toList();
        if (!unanswered.isEmpty()) {
            preview.note(ImportError.of(null, "import.note.requiredWithoutColumn", String.join("; ", unanswered)));
        }
    }

    /** A header or question text without case, spaces or punctuation: "Vilken kommun?" reads "vilkenkommun". */
    static String questionHeader(String text) {
        return text == null ? "" : normalisedHeader(text).replaceAll("[^\\p{L}\\p{N}]", "");
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
