package se.samverka.participants;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import se.samverka.event.EventService;
import se.samverka.platform.SwedishCollation;
import se.samverka.registration.ChoiceStatus;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.SectorService;

/**
 * Reads an event's participants for lists, exports, badges and attendance sheets: filtered in the
 * database, ordered by Swedish sort key, a page at a time. Each page is its own transaction, so a
 * document of ten thousand rows streams through {@link Pages} without the whole set in memory.
 */
@ApplicationScoped
@Transactional
public class ParticipantDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    SectorService sectors;

    /** This bean through its proxy, so that every page of {@link #all} runs in a transaction of its own. */
    @Inject
    ParticipantDirectory self;

    /** How many registrations of the event the filter lets through. */
    public long count(Long eventId, ParticipantFilter filter) {
        events.get(eventId);
        Where where = new Where(filter);
        return where.bind(em.createQuery("select count(r) from Registration r" + where.jpql, Long.class), eventId)
                .getSingleResult();
    }

    /** One page of the filtered registrations, each made into a row while the transaction is open. */
    public <T> List<T> page(Long eventId, ParticipantFilter filter, ParticipantOrder order, int first, int size,
            Function<Registration, T> row) {
        Where where = new Where(filter);
        TypedQuery<Registration> query = em.createQuery(
                "select r from Registration r" + where.jpql + " order by " + order.jpql, Registration.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "r.days")
                .setHint("eclipselink.batch", "r.choices")
                .setFirstResult(first)
                .setMaxResults(size);
        List<Registration> found = where.bind(query, eventId).getResultList();
        List<T> rows = new ArrayList<>(found.size());
        found.forEach(registration -> rows.add(row.apply(registration)));
        return rows;
    }

    /** All filtered rows, read a page at a time as the caller goes (for documents and exports). */
    public <T> Pages<T> all(Long eventId, ParticipantFilter filter, ParticipantOrder order,
            Function<Registration, T> row) {
        events.get(eventId);
        return new Pages<>((first, size) -> self.page(eventId, filter, order, first, size, row));
    }

    /** How many in each sector (the sector filter left out), in the sector list's order; empty sectors too. */
    public List<SectorCount> countsBySector(Long eventId, ParticipantFilter filter, Locale locale) {
        Where where = new Where(filter.withSector(null));
        Map<Long, Long> counts = new HashMap<>();
        where.bind(em.createQuery("select r.participant.sector.id, count(r) from Registration r" + where.jpql
                + " group by r.participant.sector.id", Object[].class), eventId).getResultList()
                .forEach(pair -> counts.put((Long) pair[0], (Long) pair[1]));
        return sectors.all().stream()
                .map(s -> new SectorCount(s.getCode(), s.name(locale), s.getColour(), counts.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    /** How many registrations of the event in each status, whatever the filters (one grouped query). */
    public Map<RegistrationStatus, Long> countsByStatus(Long eventId) {
        Map<RegistrationStatus, Long> counts = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select r.status, count(r) from Registration r where r.event.id = :event group by r.status",
                        Object[].class)
                .setParameter("event", eventId).getResultList()
                .forEach(pair -> counts.put((RegistrationStatus) pair[0], (Long) pair[1]));
        return counts;
    }

    /** The organisations named by the event's active registrations, in Swedish order. */
    public List<String> organisations(Long eventId) {
        Where where = new Where(ParticipantFilter.active());
        List<String> names = new ArrayList<>(where.bind(em.createQuery(
                "select distinct r.participant.organisation from Registration r" + where.jpql, String.class), eventId)
                .getResultList());
        names.sort(SwedishCollation.strings());
        return names;
    }

    /** The {@code where} clause of a filter and its parameters. */
    private static final class Where {
        private final ParticipantFilter filter;
        private final String jpql;

        Where(ParticipantFilter filter) {
            this.filter = filter;
            StringBuilder where = new StringBuilder(" where r.event.id = :event and r.status in :statuses");
            if (filter.sector() != null) {
                where.append(" and r.participant.sector.code = :sector");
            }
            if (filter.organisation() != null) {
                where.append(" and r.participant.organisation = :organisation");
            }
            if (filter.workshop() != null) {
                where.append(" and exists (select c.id from WorkshopChoice c where c.registration = r")
                        .append(" and c.session.id = :workshop and c.status = :seated)");
            }
            if (filter.day() != null) {
                where.append(" and :day member of r.days");
            }
            if (filter.search() != null) {
                where.append(" and (lower(r.participant.firstName) like :text escape '\\'")
                        .append(" or lower(r.participant.lastName) like :text escape '\\'")
                        .append(" or lower(concat(concat(r.participant.firstName, ' '), r.participant.lastName))")
                        .append(" like :text escape '\\'")
                        .append(" or lower(r.participant.email) like :text escape '\\'")
                        .append(" or lower(r.participant.organisation) like :text escape '\\'")
                        .append(" or r.checkInCode = :code)");
            }
            if (filter.ids() != null) {
                where.append(" and r.id in :ids");
            }
            if (filter.listedOnly()) {
                where.append(" and r.consentListed = true");
            }
            this.jpql = where.toString();
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query, Long eventId) {
            query.setParameter("event", eventId).setParameter("statuses", filter.statuses());
            if (filter.sector() != null) {
                query.setParameter("sector", filter.sector());
            }
            if (filter.organisation() != null) {
                query.setParameter("organisation", filter.organisation());
            }
            if (filter.workshop() != null) {
                query.setParameter("workshop", filter.workshop()).setParameter("seated", ChoiceStatus.CONFIRMED);
            }
            if (filter.day() != null) {
                query.setParameter("day", filter.day());
            }
            if (filter.search() != null) {
                String text = filter.search().toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                query.setParameter("text", "%" + text + "%")
                        .setParameter("code", filter.search().toUpperCase(Locale.ROOT));
            }
            if (filter.ids() != null) {
                query.setParameter("ids", filter.ids());
            }
            return query;
        }
    }
}
