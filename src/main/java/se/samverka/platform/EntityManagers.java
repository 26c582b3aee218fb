package se.samverka.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the container's transaction-scoped {@link EntityManager} injectable with {@code @Inject}, so that a
 * service can take it in its constructor (and a plain unit test can hand it one).
 */
@ApplicationScoped
public class EntityManagers {

    @Produces
    @PersistenceContext
    private EntityManager em;
}
