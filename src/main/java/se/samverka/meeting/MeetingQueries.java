package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reads that several of the series' services share (the agenda, members' open actions), in the caller's
 * transaction and without access checks: each caller has already checked its own.
 */
@ApplicationScoped
class MeetingQueries {

    @PersistenceContext
    EntityManager em;

    /** A meeting's agenda in order. */
    List<AgendaItem> agenda(Meeting meeting) {
        return em.createQuery("select i from AgendaItem i where i.meeting = :meeting order by i.position, i.id",
                AgendaItem.class).setParameter("meeting", meeting).getResultList();
    }

    /** One member's open actions, soonest due first. */
    List<ActionItem> openActions(Member member) {
        return em.createQuery("select a from ActionItem a where a.owner = :member and a.status = :open"
                        + " order by a.dueDate nulls last, a.id", ActionItem.class)
                .setParameter("member", member).setParameter("open", ActionStatus.OPEN).getResultList();
    }

    /** Every open action of the series by its owner's id, soonest due first: one query for a whole mailing. */
    Map<Long, List<ActionItem>> openActionsByOwner(MeetingSeries series) {
        return em.createQuery("select a from ActionItem a where a.series = :series and a.status = :open"
                        + " and a.owner is not null order by a.dueDate nulls last, a.id", ActionItem.class)
                .setParameter("series", series).setParameter("open", ActionStatus.OPEN).getResultStream()
                .collect(Collectors.groupingBy(a -> a.getOwner().getId()));
    }
}
