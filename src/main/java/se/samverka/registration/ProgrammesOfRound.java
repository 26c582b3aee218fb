package se.samverka.registration;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;

/**
 * The programmes that the mails of one delivery round attach: an event's programme is read once per transaction
 * (a round writes up to 50 mails, mostly for one event) instead of once per mail, which was a sixth of the CPU of
 * writing a confirmation mail (docs/performance.md). The sessions belong to the round's persistence context.
 */
@TransactionScoped
class ProgrammesOfRound implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgramService program;

    private final transient Map<Long, List<Session>> byEvent = new HashMap<>();

    List<Session> of(Long eventId) {
        return byEvent.computeIfAbsent(eventId, program::sessions);
    }
}
