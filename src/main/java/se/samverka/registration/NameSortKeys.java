package se.samverka.registration;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import se.samverka.platform.SchemaReady;

/**
 * Gives registrations saved before migration V4 their Swedish sort key, once, at start-up, before
 * the demo data is seeded. New registrations get theirs when they are made.
 */
@ApplicationScoped
public class NameSortKeys {

    private static final Logger LOG = Logger.getLogger(NameSortKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional
    public void onSchemaReady(@Observes @Priority(15) SchemaReady ready) {
        var missing = em.createQuery("select r from Registration r where r.participant.nameSortKey is null",
                Registration.class).getResultList();
        missing.forEach(registration -> registration.getParticipant().refreshSortKey());
        if (!missing.isEmpty()) {
            LOG.info(() -> "Sort keys given to " + missing.size() + " registrations");
        }
    }
}
