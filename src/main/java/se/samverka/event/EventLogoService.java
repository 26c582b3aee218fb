package se.samverka.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

/** Stores, finds and removes an event's logo. One transaction per call. */
@ApplicationScoped
@Transactional
public class EventLogoService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    Clock clock;

    /** The logo of an existing event, if it has one; 404 for an unknown event. */
    public Optional<EventLogo> find(Long eventId) {
        events.get(eventId);
        return Optional.ofNullable(em.find(EventLogo.class, eventId));
    }

    /** The logo's bytes for printing, or null. */
    public byte[] content(Long eventId) {
        return find(eventId).map(EventLogo::getContent).orElse(null);
    }

    /** Replaces the event's logo after checking the file (PNG or JPEG, at most 1 MB). */
    public EventLogo store(Long eventId, byte[] content, String fileName) {
        LogoImage image = LogoImage.of(content);
        events.get(eventId);
        EventLogo logo = em.find(EventLogo.class, eventId);
        boolean fresh = logo == null;
        if (fresh) {
            logo = new EventLogo(eventId);
        }
        logo.replace(image, fileName, LocalDateTime.now(clock));
        if (fresh) {
            em.persist(logo);
        }
        em.flush();
        return logo;
    }

    /** Removes the logo; true if there was one. */
    public boolean remove(Long eventId) {
        Optional<EventLogo> logo = find(eventId);
        logo.ifPresent(em::remove);
        return logo.isPresent();
    }
}
