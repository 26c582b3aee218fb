package se.samverka.registration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an import file would register: its rows with their errors, and errors that concern the whole file. */
public class ImportPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<ImportError> fileErrors = new ArrayList<>();
    private final List<ImportError> notes = new ArrayList<>();

    void add(ImportRow row) {
        rows.add(row);
    }

    void fail(ImportError error) {
        fileErrors.add(error);
    }

    /** Something the organiser should know about the file that does not stop the import. */
    void note(ImportError note) {
        notes.add(note);
    }

    /** True when every row can be registered and the file as a whole is fine. */
    public boolean isImportable() {
        return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRow::isValid);
    }

    public List<RegistrationRequest> validRequests() {
        return fileErrors.isEmpty() ? rows.stream().filter(ImportRow::isValid).map(ImportRow::request).toList()
                : List.of();
    }

    public long getValidCount() {
        return fileErrors.isEmpty() ? rows.stream().filter(ImportRow::isValid).count() : 0;
    }

    public long getInvalidCount() {
        return rows.stream().filter(row -> !row.isValid()).count();
    }

    public List<ImportRow> getRows() {
        return Collections.unmodifiableList(rows);
    }

    public List<ImportError> getFileErrors() {
        return Collections.unmodifiableList(fileErrors);
    }

    public List<ImportError> getNotes() {
        return Collections.unmodifiableList(notes);
    }
}
