package se.samverka.dialogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.samverka.platform.SecretTokens;
import se.samverka.registration.Registration;

/**
 * What the dialogue's questions, notes and papers read of a day's tables (the tables themselves are made by the
 * grouping): a table by its scribe link, the tables of a day in number order with the people seated at each
 * (still registered, by surname), the questions of a day and the notes written to them. No transaction of its
 * own: its callers' services hold one.
 */
@ApplicationScoped
class DialogueQueries {

    @PersistenceContext
    EntityManager em;

    /**
     * The table behind a scribe link; empty for anything that is not one (a malformed token is not looked up).
     * With {@code locked}, the table's row is locked until the transaction ends, so that the saves of one table's
     * phones queue one after the other and each sees the one before.
     */
    Optional<TableGroup> table(String token, boolean locked) {
        if (!SecretTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        if (locked) {
            // the table's row alone (no join), so that the lock holds nothing else, such as the event's seat lock
            return em.createQuery("select g from TableGroup g where g.token = :token", TableGroup.class)
                    .setParameter("token", token).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultStream().findFirst();
        }
        return em.createQuery("select g from TableGroup g join fetch g.event where g.token = :token", TableGroup.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /** The tables of a day, by number, each with the people seated at it (by surname, in Swedish order). */
    Map<TableGroup, List<Registration>> tables(Long eventId, LocalDate day) {
        Map<TableGroup, List<Registration>> tables = new LinkedHashMap<>();
        em.createQuery("select g from TableGroup g where g.event.id = :event and g.day = :day order by g.number",
                        TableGroup.class)
                .setParameter("event", eventId).setParameter("day", day)
                .getResultList().forEach(group -> tables.put(group, new ArrayList<>()));
        em.createQuery("select s from TableSeat s join fetch s.registration r where s.group.event.id = :event"
                        + " and s.day = :day order by r.participant.nameSortKey, r.id", TableSeat.class)
                .setParameter("event", eventId).setParameter("day", day)
                .getResultList().stream()
                .filter(seat -> seat.getRegistration().isActive() && tables.containsKey(seat.getGroup()))
                .forEach(seat -> tables.get(seat.getGroup()).add(seat.getRegistration()));
        return tables;
    }

    /** The questions of a day, in their order. */
    List<DialogueQuestion> questions(Long eventId, LocalDate day) {
        return em.createQuery("select q from DialogueQuestion q where q.event.id = :event and q.day = :day"
                        + " order by q.position, q.id", DialogueQuestion.class)
                .setParameter("event", eventId).setParameter("day", day).getResultList();
    }

    /** Every note written on a day, by table and question. */
    List<GroupNote> notes(Long eventId, LocalDate day) {
        return em.createQuery("select n from GroupNote n where n.group.event.id = :event and n.group.day = :day",
                        GroupNote.class)
                .setParameter("event", eventId).setParameter("day", day).getResultList();
    }

    /** Every note one table has written. */
    List<GroupNote> notes(TableGroup table) {
        return em.createQuery("select n from GroupNote n where n.group = :group", GroupNote.class)
                .setParameter("group", table).getResultList();
    }

    /** One table's note to one question, if it has written one. */
    Optional<GroupNote> note(TableGroup group, DialogueQuestion question) {
        return em.createQuery("select n from GroupNote n where n.group = :group and n.question = :question",
                        GroupNote.class)
                .setParameter("group", group).setParameter("question", question)
                .getResultStream().findFirst();
    }
}
