package se.samverka.participants.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverka.participants.ParticipantFilter;
import se.samverka.registration.RegistrationStatus;

/** What the filters above the participant list hold; the same filter goes into the export links. */
public class ParticipantFilterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String sector;
    private String organisation;
    private RegistrationStatus status;
    private Long workshop;
    private LocalDate day;
    private String search;

    ParticipantFilter toFilter() {
        return new ParticipantFilter(sector, organisation, status, workshop, day, search, null, false);
    }

    /** The filter as the API's query parameters ({@code sector=…&q=…}), empty ones left out. */
    String queryString() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("sector", sector);
        parameters.put("organisation", organisation);
        parameters.put("status", status);
        parameters.put("workshop", workshop);
        parameters.put("day", day);
        parameters.put("q", search);
        return parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !entry.getValue().toString().isBlank())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue().toString().strip(),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = blankToNull(sector); }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = blankToNull(organisation); }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public Long getWorkshop() { return workshop; }
    public void setWorkshop(Long workshop) { this.workshop = workshop; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = blankToNull(search); }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
