package se.samverka.participants.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.component.datatable.DataTable;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.participants.ParticipantDirectory;
import se.samverka.participants.SectorCount;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.SectorService;
import se.samverka.web.Language;

/**
 * The participant list of an event ({@code ?event=}) for organisers and staff: filters, a lazy
 * table in Swedish surname order, counts per sector with a chart, exports and badges for a selection.
 */
@Named
@ViewScoped
public class ParticipantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ParticipantDirectory directory;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SectorService sectors;

    @Inject
    Language language;

    private final ParticipantFilterForm filter = new ParticipantFilterForm();
    private Long eventId;
    private String eventTitle;
    private FilterOptions options;
    private ParticipantTableModel table;
    private List<SectorCount> counts = List.of();
    private long shown;
    private List<ParticipantLine> selection = new ArrayList<>();
    private Map<RegistrationStatus, Long> statusCounts = Map.of();
    private boolean mailOnCancel = true;

    public void load() throws IOException {
        Event event;
        try {
            event = events.get(eventId);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        Locale locale = language.getLocale();
        eventTitle = event.getTitle();
        options = FilterOptions.of(event, program.sessions(eventId), sectors.all(), directory.organisations(eventId),
                locale);
        table = new ParticipantTableModel(eventId, locale, filter);
        apply();
    }

    /** The filters changed: count afresh (the table reloads itself when updated). */
    public void apply() {
        counts = directory.countsBySector(eventId, filter.toFilter(), language.getLocale());
        statusCounts = directory.countsByStatus(eventId);
        shown = directory.count(eventId, filter.toFilter());
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("participants:table") instanceof DataTable t) {
            t.setFirst(0);
        }
    }

    /** The API address of the list as CSV, XLSX or PDF with the filters shown, in the page's language. */
    public String exportUrl(String format) {
        String query = filter.queryString();
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/events/"
                + eventId + "/participants." + format + "?" + (query.isEmpty() ? "" : query + "&")
                + "lang=" + language.getCode();
    }

    /** To the badge page for the rows ticked, or for the sector chosen when none are ticked. */
    public String badges() {
        String outcome = "/admin/participants/badges.xhtml?faces-redirect=true&event=" + eventId;
        if (!selection.isEmpty()) {
            return outcome + "&ids=" + selection.stream().map(line -> line.id().toString())
                    .collect(Collectors.joining(","));
        }
        return filter.getSector() == null ? outcome : outcome + "&sector=" + filter.getSector();
    }

    /** To the message form for the rows ticked, or for the filters shown when none are ticked. */
    public String message() {
        String outcome = "/admin/messages/index.xhtml?faces-redirect=true&event=" + eventId;
        if (!selection.isEmpty()) {
            return outcome + "&ids=" + selection.stream().map(line -> line.id().toString())
                    .collect(Collectors.joining(","));
        }
        if (!isBlank(filter.getOrganisation()) || !isBlank(filter.getSearch())) {
            se.samverka.web.Feedback.error("participants.bulk.messageNeedsSelection");
            return null;
        }
        return outcome + (filter.getSector() == null ? "" : "&sector=" + filter.getSector())
                + (filter.getStatus() == null ? "" : "&status=" + filter.getStatus())
                + (filter.getWorkshop() == null ? "" : "&workshop=" + filter.getWorkshop())
                + (filter.getDay() == null ? "" : "&day=" + filter.getDay());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getChart() {
        return SectorChart.json(counts, Messages.text(language.getLocale(), "participants.chartLabel"));
    }

    /** All the sectors' counts together: the filtered participants whatever their sector. */
    public long getTotal() {
        return counts.stream().mapToLong(SectorCount::count).sum();
    }

    public long getShown() { return shown; }
    /** By status name, as the page asks for them ({@code counts['CONFIRMED']}). */
    public Map<String, Long> getStatusCounts() {
        Map<String, Long> byName = new java.util.HashMap<>();
        statusCounts.forEach((status, count) -> byName.put(status.name(), count));
        return byName;
    }
    public boolean isMailOnCancel() { return mailOnCancel; }
    public void setMailOnCancel(boolean mailOnCancel) { this.mailOnCancel = mailOnCancel; }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public ParticipantFilterForm getFilter() { return filter; }
    public FilterOptions getOptions() { return options; }
    public ParticipantTableModel getTable() { return table; }
    public List<SectorCount> getCounts() { return counts; }
    public List<ParticipantLine> getSelection() { return selection; }
    public void setSelection(List<ParticipantLine> selection) { this.selection = selection; }
}
