package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverka.platform.NotFoundException;

/** An event's own retention periods (table retention_override), one per kind of data that belongs to an event. */
@ApplicationScoped
public class RetentionOverrides {

    @PersistenceContext
    EntityManager em;

    /** Every event's own periods in days, by event and kind. */
    public Map<Long, Map<DataKind, Integer>> all() {
        Map<Long, Map<DataKind, Integer>> all = new HashMap<>();
        for (Object[] row : rows("select event_id, kind, period_days from retention_override", null)) {
            DataKind.byKey((String) row[1]).ifPresent(kind -> all
                    .computeIfAbsent(((Number) row[0]).longValue(), event -> new EnumMap<>(DataKind.class))
                    .put(kind, ((Number) row[2]).intValue()));
        }
        return all;
    }

    /** One event's own periods in days, by kind. */
    public Map<DataKind, Integer> of(Long eventId) {
        Map<DataKind, Integer> own = new EnumMap<>(DataKind.class);
        for (Object[] row : rows("select event_id, kind, period_days from retention_override where event_id = ?1",
                eventId)) {
            DataKind.byKey((String) row[1]).ifPresent(kind -> own.put(kind, ((Number) row[2]).intValue()));
        }
        return own;
    }

    /**
     * Sets the event's own periods: a number of days (0 to 36 500) per kind, or null to follow the installation's
     * period again. All or nothing: a bad value changes none.
     */
    @Transactional
    public void set(Long eventId, Map<DataKind, Integer> periods) {
        if (((Number) em.createNativeQuery("select count(*) from event where id = ?1").setParameter(1, eventId)
                .getSingleResult()).intValue() == 0) {
            throw new NotFoundException("event", eventId);
        }
        periods.forEach((kind, days) -> {
            if (!kind.perEvent() || days != null && (days < 0 || days > RetentionDates.MAX_DAYS)) {
                throw new InvalidRetentionPeriodException();
            }
        });
        periods.forEach((kind, days) -> {
            em.createNativeQuery("delete from retention_override where event_id = ?1 and kind = ?2")
                    .setParameter(1, eventId).setParameter(2, kind.key()).executeUpdate();
            if (days != null) {
                em.createNativeQuery("insert into retention_override (event_id, kind, period_days) values (?1, ?2, ?3)")
                        .setParameter(1, eventId).setParameter(2, kind.key()).setParameter(3, days).executeUpdate();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Long eventId) {
        var query = em.createNativeQuery(sql);
        if (eventId != null) {
            query.setParameter(1, eventId);
        }
        return query.getResultList();
    }
}
