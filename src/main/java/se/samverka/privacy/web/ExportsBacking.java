package se.samverka.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.samverka.privacy.ExportLog;
import se.samverka.privacy.ExportLogEntry;

/** {@code admin/privacy/exports.xhtml}: the newest exports of personal data (who, when, event, what, filter). */
@Named
@RequestScoped
public class ExportsBacking {

    static final int SHOWN = 200;

    @Inject
    ExportLog log;

    private List<ExportLogEntry> entries;

    public List<ExportLogEntry> getEntries() {
        if (entries == null) {
            entries = log.latest(null, SHOWN);
        }
        return entries;
    }
}
