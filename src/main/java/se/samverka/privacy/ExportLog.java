package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.samverka.platform.PersonalDataExported;

/** The log of exports of personal data: written by {@link ExportLogFilter}, read by organisers. */
@ApplicationScoped
@Transactional
public class ExportLog {

    /** The most entries a listing returns. */
    public static final int MAX_LISTED = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Records one export; the filter must already be free of personal data (see {@link ExportFilters}). */
    public void record(String by, Long eventId, String what, String filter) {
        em.persist(new ExportLogEntry(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), by, eventId, what,
                filter));
    }

    /** An export that a servlet announced (the badge sheet's download). */
    void on(@Observes PersonalDataExported export) {
        record(export.by() == null ? "anonymous" : export.by(), export.eventId(), export.what(), export.filter());
    }

    /** The newest exports first, of one event or of all (eventId null), at most {@code max}. */
    public List<ExportLogEntry> latest(Long eventId, int max) {
        return em.createQuery("select e from ExportLogEntry e where (:event is null or e.eventId = :event)"
                        + " order by e.exportedAt desc, e.id desc", ExportLogEntry.class)
                .setParameter("event", eventId).setMaxResults(Math.max(1, Math.min(max, MAX_LISTED)))
                .getResultList();
    }
}
