package se.samverka.messages.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.messages.EventMessage;
import se.samverka.messages.MessageDraft;
import se.samverka.messages.MessageFilter;
import se.samverka.messages.MessageService;
import se.samverka.messages.SentMessage;
import se.samverka.participants.web.FilterOptions;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.SectorService;
import se.samverka.security.Role;
import se.samverka.web.Feedback;
import se.samverka.web.Language;

/**
 * The organiser writes to an event's participants ({@code ?event=}, optionally {@code &ids=} of a selection or the
 * participant list's filters), previews the message as one recipient reads it, sends it, and sees how the mails
 * of each message sent stand in the outbox.
 */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageService messages;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    SectorService sectors;

    @Inject
    SecurityContext security;

    @Inject
    Language language;

    private Long eventId;
    private String eventTitle;
    private String ids;
    private Set<Long> selection = Set.of();
    private String subject;
    private String body;
    private String sector;
    private RegistrationStatus status;
    private Long workshop;
    private LocalDate day;
    private FilterOptions options;
    private MessageService.Preview preview;
    private List<SentMessage> sent = List.of();

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            if (!external.isUserInRole(Role.ORGANISER_NAME)) {
                external.responseSendError(403, "");
            } else {
                Event event = events.get(eventId);
                eventTitle = event.getTitle();
                options = FilterOptions.of(event, program.sessions(eventId), sectors.all(), List.of(),
                        language.getLocale());
                selection = ids == null || ids.isBlank() ? Set.of() : Arrays.stream(ids.split(","))
                        .filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).collect(Collectors.toSet());
                sent = messages.sent(eventId);
                return;
            }
        } catch (NotFoundException e) {
            external.responseSendError(404, "");
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    public void preview() {
        preview = messages.preview(eventId, draft(), language.getLocale());
    }

    public void send() {
        EventMessage message = messages.send(eventId, draft(), security.getCallerPrincipal().getName(),
                language.getLocale());
        Feedback.info("messages.sent", message.getRecipients());
        this.sent = messages.sent(eventId);
        subject = null;
        body = null;
        preview = null;
    }

    /** Forget the ticked rows: the filters choose the recipients. */
    public void forgetSelection() {
        selection = Set.of();
        preview = null;
    }

    private MessageDraft draft() {
        return new MessageDraft(subject, body, new MessageFilter(sector, status, workshop, day,
                selection.isEmpty() ? null : selection));
    }

    /** Read on load and after sending, not on each of the table's reads of it. */
    public List<SentMessage> getSent() { return sent; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getEventTitle() { return eventTitle; }
    public String getIds() { return ids; }
    public void setIds(String ids) { this.ids = ids; }
    public int getSelected() { return selection.size(); }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public Long getWorkshop() { return workshop; }
    public void setWorkshop(Long workshop) { this.workshop = workshop; }
    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public FilterOptions getOptions() { return options; }
    public MessageService.Preview getPreview() { return preview; }
}
