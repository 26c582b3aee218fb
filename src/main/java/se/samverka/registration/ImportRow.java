package se.samverka.registration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** One data row of an import file: what it says, the registration it would make, and what is wrong with it. */
public class ImportRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final Map<String, String> values;
    private final String sectorCode;
    private final Map<String, String> answers;
    private final List<ImportError> errors = new ArrayList<>();

    /** @param answers the answers to the event's own questions, by question id, as the form would send them */
    ImportRow(int number, Map<String, String> values, String sectorCode, Map<String, String> answers) {
        this.number = number;
        this.values = Map.copyOf(values);
        this.sectorCode = sectorCode;
        this.answers = Map.copyOf(answers);
    }

    void fail(ImportError error) {
        errors.add(error);
    }

    /** The registration this row asks for, made by an organiser who has told the person of the privacy notice. */
    public RegistrationRequest request() {
        return new RegistrationRequest(value("firstName"), value("lastName"), value("email"), value("phone"),
                value("organisation"), sectorCode, value("title"), null, null, value("dietary"),
                value("accessibility"), answers, true, false, null);
    }

    public String value(String field) {
        String value = values.get(field);
        return value == null || value.isEmpty() ? null : value;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The row's number in the file (the header is row 1). */
    public int getNumber() {
        return number;
    }

    public String getName() {
        return String.join(" ", values.getOrDefault("firstName", ""), values.getOrDefault("lastName", "")).strip();
    }

    public String getEmail() {
        return values.getOrDefault("email", "");
    }

    public String getOrganisation() {
        return values.getOrDefault("organisation", "");
    }

    public String getSector() {
        return values.getOrDefault("sector", "");
    }

    public List<ImportError> getErrors() {
        return Collections.unmodifiableList(errors);
    }
}
