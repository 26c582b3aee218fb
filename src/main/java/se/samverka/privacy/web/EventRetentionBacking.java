package se.samverka.privacy.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.privacy.DataKind;
import se.samverka.privacy.RetentionDates;
import se.samverka.privacy.RetentionOverrides;
import se.samverka.privacy.RetentionRules;
import se.samverka.privacy.RetentionService;
import se.samverka.web.Feedback;

/**
 * One event's retention ({@code admin/privacy/event.xhtml?id=}): per kind the day it goes and how many records are
 * held now, the event's own periods, and running it now (after the event, with a confirmation).
 */
@Named
@ViewScoped
public class EventRetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A kind of data of the event: key, the period that applies in days (null: kept), the day it goes, how many. */
    public record Row(String key, Integer days, boolean own, LocalDate dueOn, int held) implements Serializable {
    }

    @Inject
    RetentionService retention;

    @Inject
    RetentionOverrides overrides;

    @Inject
    EventService events;

    @Inject
    Clock clock;

    private Long id;
    private String eventTitle;
    private List<Row> rows;
    private final Map<String, String> periods = new HashMap<>();

    public void load() throws IOException {
        try {
            eventTitle = events.get(id).getTitle();
            refresh();
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Saves the event's own periods: a number of days, or blank to follow the installation. */
    public void save() {
        Map<DataKind, Integer> byKind = new EnumMap<>(DataKind.class);
        for (Row row : rows) {
            byKind.put(DataKind.byKey(row.key()).orElseThrow(), RetentionDates.parseDays(periods.get(row.key())));
        }
        overrides.set(id, byKind);
        refresh();
        Feedback.info("privacy.event.saved");
    }

    /** Removes the event's data now, ahead of its dates (never its certificates; see the retention service). */
    public void runNow() {
        String by = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        int removed = retention.runEarly(id, LocalDateTime.now(clock).withNano(0), by).stream()
                .mapToInt(RetentionService.Removed::count).sum();
        refresh();
        Feedback.info("privacy.event.ran", removed);
    }

    private void refresh() {
        List<RetentionService.EventKind> kinds = retention.forEvent(id);
        rows = kinds.stream().map(kind -> new Row(kind.kind().key(), kind.period().map(RetentionRules::days)
                .orElse(null), kind.overrideDays() != null, kind.dueOn(), kind.held())).toList();
        periods.clear();
        kinds.forEach(kind -> periods.put(kind.kind().key(),
                kind.overrideDays() == null ? "" : String.valueOf(kind.overrideDays())));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getEventTitle() { return eventTitle; }
    public List<Row> getRows() { return rows; }
    public Map<String, String> getPeriods() { return periods; }
}
