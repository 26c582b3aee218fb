package se.samverka.registration.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.Sector;

/** The filters above the organiser's list: status, sector and a search in name, organisation and e-mail. */
public class RegistrationFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A sector to choose in the filter. */
    public record SectorOption(String code, String name) implements Serializable {
        public String getCode() { return code; }
        public String getName() { return name; }
    }

    private final List<SectorOption> sectors;
    private RegistrationStatus status;
    private String sector;
    private String query;

    RegistrationFilter(List<Sector> all, Locale locale) {
        this.sectors = all.stream().map(s -> new SectorOption(s.getCode(), s.name(locale))).toList();
    }

    List<RegistrationRow> apply(List<RegistrationRow> rows) {
        return rows.stream().filter(row -> status == null || row.getStatus() == status)
                .filter(row -> sector == null || sector.isEmpty() || row.getSectorCode().equals(sector))
                .filter(row -> query == null || query.isBlank() || row.matches(query)).toList();
    }

    public List<SectorOption> getSectors() { return sectors; }
    public RegistrationStatus[] getStatuses() { return RegistrationStatus.values(); }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
}
