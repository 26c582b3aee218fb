package se.samverka.registration;

import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;

/**
 * The programmes that the mails of one delivery round attach: an event's programme is read once per transaction
 * (a round writes up to 50 mails, mostly for one event) instead of once per mail, which was a sixth of the CPU of
 * writing a confirmation mail (docs/performance.md). The sessions belong to the round's persistence context.
 * Calendar files are kept for the round too: people with the same days or sessions in the same language get the
 * same file, and writing it was a third of the delivery thread's time in a registration rush.
 */
@TransactionScoped
class ProgrammesOfRound implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ProgramService program;

    private final transient Map<Long, List<Session>> byEvent = new HashMap<>();
    private final transient Map<String, byte[]> calendars = new HashMap<>();

    List<Session> of(Long eventId) {
        return byEvent.computeIfAbsent(eventId, program::sessions);
    }

    /** The calendar file under this key (what it holds, e.g. event, language and days), written once a round. */
    byte[] calendar(String key, Supplier<byte[]> write) {
        return calendars.computeIfAbsent(key, k -> write.get()).clone();
    }
}
