package se.samverka.registration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationService;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.SectorService;
import se.samverka.web.Feedback;

/** The organiser's live list of an event's registrations ({@code ?event=}): counts, filters, approve/decline/cancel. */
@Named
@ViewScoped
public class RegistrationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RegistrationService registrations;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SectorService sectors;

    private Long eventId;
    private String eventTitle;
    private List<RegistrationRow> all = List.of();
    private List<RegistrationRow> rows = new ArrayList<>();
    private RegistrationSummary summary;
    private RegistrationFilter filter;

    public void load() throws IOException {
        try {
            filter = new RegistrationFilter(sectors.all(), AdminPage.locale());
            refresh();
        } catch (NotFoundException e) {
            AdminPage.send(404);
        }
    }

    /** Reads the registrations afresh (the poll calls this every ten seconds). */
    public void refresh() {
        Event event = events.get(eventId);
        eventTitle = event.getTitle();
        all = registrations.list(eventId, null, null).stream().map(this::row).toList();
        summary = new RegistrationSummary(all, event.getCapacity(), program.sessions(eventId));
        applyFilter();
    }

    /** Picks the rows the filters let through; one list the table may sort in place. */
    public void applyFilter() {
        rows = new ArrayList<>(filter.apply(all));
    }

    private RegistrationRow row(Registration registration) {
        int position = registration.getStatus() == RegistrationStatus.WAITLISTED
                ? registrations.positionInLine(registration) : 0;
        return new RegistrationRow(registration, position, AdminPage.locale());
    }

    public void approve() {
        act(id -> registrations.approve(eventId, id), "registrationAdmin.approved");
    }

    public void decline() {
        act(id -> registrations.decline(eventId, id), "registrationAdmin.declined");
    }

    public void cancel() {
        act(id -> registrations.cancel(eventId, id), "registrationAdmin.cancelled");
    }

    /** Organisers only: changes the chosen registration, says what became of it, and reads the list afresh. */
    private void act(Function<Long, Registration> action, String messageKey) {
        AdminPage.requireOrganiser();
        Registration changed = action.apply(AdminPage.idParameter("registration"));
        Feedback.info(messageKey, changed.getParticipant().fullName(),
                Messages.text(AdminPage.locale(), "registration.status." + changed.getStatus()));
        refresh();
    }

    public List<RegistrationRow> getRows() { return rows; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public int getTotal() { return all.size(); }
    public RegistrationSummary getSummary() { return summary; }
    public RegistrationFilter getFilter() { return filter; }
}
