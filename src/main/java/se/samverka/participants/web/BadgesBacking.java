package se.samverka.participants.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverka.event.EventService;
import se.samverka.participants.BadgeJob;
import se.samverka.participants.BadgeJobService;
import se.samverka.participants.BadgeOptions;
import se.samverka.participants.BadgePrinter;
import se.samverka.participants.InvalidBadgeOptionsException;
import se.samverka.participants.ParticipantDirectory;
import se.samverka.participants.ParticipantFilter;
import se.samverka.participants.ParticipantOrder;
import se.samverka.participants.SectorCount;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/** The badge page ({@code ?event=&sector=&ids=}): choose whose badges and how, make the sheet in the background, download it. */
@Named
@ViewScoped
public class BadgesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject BadgeJobService jobs;
    @Inject BadgePrinter printer;
    @Inject ParticipantDirectory directory;
    @Inject Language language;
    @Inject EventService events;

    private Long eventId;
    private String sector;
    private String ids;
    private String eventTitle;
    private Set<Long> selection;
    private List<SectorCount> sectors = List.of();
    private BadgeForm form;
    private long count;
    private final Map<Long, String> people = new HashMap<>();
    private transient Optional<BadgeJob> shown;
    private transient FacesContext shownFor;

    public void load() throws IOException {
        try {
            eventTitle = events.get(eventId).getTitle();
            sectors = directory.countsBySector(eventId, ParticipantFilter.confirmed(), language.getLocale());
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            selection = BadgeOptions.parse(null, null, ids, null, null, null).ids();
        } catch (InvalidBadgeOptionsException e) {
            Feedback.error(e.messageKey(), e.faults().get(0).arguments());
        }
        form = new BadgeForm(selection != null ? BadgeForm.Scope.SELECTION
                : sector != null && !sector.isBlank() ? BadgeForm.Scope.SECTOR : BadgeForm.Scope.CONFIRMED, sector);
        recount();
    }

    /** How many badges the current choice gives (after each change of whose badges). */
    public void recount() {
        BadgeOptions options = form.toOptions(selection);
        count = options == null ? 0 : printer.count(eventId, options);
    }

    /** Starts the sheet in the background; while one of this session runs, a second click starts nothing. */
    public void generate() {
        BadgeOptions options = form.toOptions(selection);
        if (options == null) {
            Feedback.error(form.getScope() == BadgeForm.Scope.PERSON ? "badges.error.noPerson" : "badges.error.noSelection");
            return;
        }
        jobs.start(owner(), eventId, options, language.getLocale());
        shown = null;
    }

    /** Names matching what was typed, for the one-person choice (active registrations, at most ten). */
    public List<Long> complete(String query) {
        ParticipantFilter filter = new ParticipantFilter(null, null, null, null, null, query, null, false);
        List<String[]> found = directory.page(eventId, filter, ParticipantOrder.NAME, 0, 10, r -> new String[] {
            String.valueOf(r.getId()), r.getParticipant().fullName() + ", " + r.getParticipant().getOrganisation()});
        found.forEach(p -> people.put(Long.valueOf(p[0]), p[1]));
        return found.stream().map(p -> Long.valueOf(p[0])).toList();
    }

    /** "120 av 480" */
    public String getProgressText() {
        BadgeJob job = getJob();
        return job == null ? "" : text("badges.progressOf", job.getWritten(), job.getTotal());
    }

    public String getStartHint() {
        return text("badges.startHint", form.getPositions());
    }

    public String getStartError() {
        return text("badges.error.startField", form.getPositions());
    }

    private String text(String key, Object... arguments) {
        return Messages.format(language.getLocale(), key, arguments);
    }

    public String nameOf(Long id) {
        return id == null ? "" : people.getOrDefault(id, "");
    }

    /**
     * The account's sheet: running, ready or failed; null before the first. Read from the database once per
     * request (the page asks many times), so that the progress of a sheet written by another instance shows too.
     */
    public BadgeJob getJob() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (shown == null || shownFor != request) {
            shown = jobs.of(owner());
            shownFor = request;
        }
        return shown.orElse(null);
    }

    /** The logged-in account (the page is under /admin/): its sheet follows it to any instance and a new login. */
    private static String owner() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getIds() { return ids; }
    public void setIds(String ids) { this.ids = ids; }
    public String getEventTitle() { return eventTitle; }
    public int getSelectionSize() { return selection == null ? 0 : selection.size(); }
    public List<SectorCount> getSectors() { return sectors; }
    public BadgeForm getForm() { return form; }
    public List<BadgeForm.Scope> getScopes() { return form.scopes(selection != null); }
    public long getCount() { return count; }
}
