package se.samverka.participants.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.participants.ParticipantDirectory;
import se.samverka.participants.ParticipantFilter;
import se.samverka.participants.ParticipantOrder;
import se.samverka.registration.Participant;
import se.samverka.web.Language;

/**
 * The public participant list {@code /e/{slug}/participants}, when the organiser has turned it on:
 * confirmed participants who consented to be listed, with name, organisation and sector only.
 * Anything else (off, unknown event) is a 404, so the page does not even reveal that a list exists.
 */
@Named
@ViewScoped
public class PublicParticipantsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    @Inject
    ParticipantDirectory directory;

    @Inject
    Language language;

    private String slug;
    private String eventTitle;
    private final List<Listed> people = new ArrayList<>();

    /** One listed person: nothing but what the consent covers. */
    public record Listed(String name, String organisation, String sector) implements Serializable {
        public String getName() { return name; }
        public String getOrganisation() { return organisation; }
        public String getSector() { return sector; }
    }

    public void load() throws IOException {
        Event event = slug == null ? null : events.bySlug(slug).filter(Event::isPublished).filter(Event::isPublicList).orElse(null);
        if (event == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        eventTitle = event.getTitle();
        people.clear();
        directory.all(event.getId(), ParticipantFilter.confirmed().onlyListed(), ParticipantOrder.NAME, r -> {
            Participant who = r.getParticipant();
            return new Listed(who.getLastName() + ", " + who.getFirstName(), who.getOrganisation(),
                    who.getSector().name(language.getLocale()));
        }).forEachRemaining(people::add);
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getEventTitle() { return eventTitle; }
    public List<Listed> getPeople() { return people; }
}
