package se.samverka.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.event.Event;
import se.samverka.event.EventService;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;
import se.samverka.registration.Sector;
import se.samverka.registration.SectorService;

/** Counts who came, by day, session and sector, from the check-ins that count. */
@ApplicationScoped
@Transactional
public class AttendanceService {

    private static final String COUNTS = " and c.undoneAt is null and c.doubt is null";

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    SectorService sectors;

    @Inject
    CheckInService checkIns;

    public AttendanceOverview overview(Long eventId, Locale locale) {
        Event event = events.get(eventId);
        List<Sector> allSectors = sectors.all();
        Map<LocalDate, Long> expectedByDay = pairs("select d, count(r) from Registration r join r.days d"
                + " where r.event.id = :event and r.status = :confirmed group by d", eventId, true);
        Map<LocalDate, Long> inByDay = pairs("select c.day, count(distinct c.registration.id) from CheckIn c"
                + " where c.eventId = :event and c.session is null" + COUNTS + " group by c.day", eventId, false);
        Map<String, Long> inByDayAndSector = new HashMap<>();
        em.createQuery("select c.day, c.registration.participant.sector.code, count(distinct c.registration.id)"
                        + " from CheckIn c where c.eventId = :event and c.session is null" + COUNTS
                        + " group by c.day, c.registration.participant.sector.code", Object[].class)
                .setParameter("event", eventId).getResultList()
                .forEach(row -> inByDayAndSector.put(row[0] + "/" + row[1], (Long) row[2]));
        Map<String, Long> expectedByDayAndSector = new HashMap<>();
        em.createQuery("select d, r.participant.sector.code, count(r) from Registration r join r.days d"
                        + " where r.event.id = :event and r.status = :confirmed group by d, r.participant.sector.code",
                        Object[].class)
                .setParameter("event", eventId).setParameter("confirmed", RegistrationStatus.CONFIRMED).getResultList()
                .forEach(row -> expectedByDayAndSector.put(row[0] + "/" + row[1], (Long) row[2]));
        Map<String, Long> expectedBySector = pairs("select r.participant.sector.code, count(r) from Registration r"
                + " where r.event.id = :event and r.status = :confirmed group by r.participant.sector.code", eventId, true);
        Map<String, Long> inBySector = pairs("select c.registration.participant.sector.code,"
                + " count(distinct c.registration.id) from CheckIn c where c.eventId = :event and c.session is null"
                + COUNTS + " group by c.registration.participant.sector.code", eventId, false);
        Map<Long, Long> inBySession = pairs("select c.session.id, count(distinct c.registration.id) from CheckIn c"
                + " where c.eventId = :event and c.session is not null" + COUNTS + " group by c.session.id", eventId, false);
        Map<Long, Long> seated = registrations.seatsTaken(eventId);

        List<AttendanceOverview.Day> days = new ArrayList<>();
        event.getDays().forEach(day -> {
            List<AttendanceOverview.SectorCount> bySector = allSectors.stream()
                    .map(sector -> new AttendanceOverview.SectorCount(sector.getCode(), sector.name(locale),
                            sector.getColour(), expectedByDayAndSector.getOrDefault(day.getDate() + "/" + sector.getCode(), 0L),
                            inByDayAndSector.getOrDefault(day.getDate() + "/" + sector.getCode(), 0L)))
                    .toList();
            days.add(new AttendanceOverview.Day(day.getDate(), expectedByDay.getOrDefault(day.getDate(), 0L),
                    inByDay.getOrDefault(day.getDate(), 0L), bySector));
        });
        List<AttendanceOverview.SessionCount> sessions = program.sessions(eventId).stream()
                .filter(session -> session.getKind() != SessionKind.BREAK)
                .map(session -> new AttendanceOverview.SessionCount(session.getId(), session.getTitle(),
                        session.getStart(), session.getEnd(), session.getKind().name(), expected(session, seated,
                        expectedByDay), inBySession.getOrDefault(session.getId(), 0L)))
                .toList();
        List<AttendanceOverview.SectorCount> overall = allSectors.stream()
                .map(sector -> new AttendanceOverview.SectorCount(sector.getCode(), sector.name(locale), sector.getColour(),
                        expectedBySector.getOrDefault(sector.getCode(), 0L), inBySector.getOrDefault(sector.getCode(), 0L)))
                .toList();
        List<AttendanceOverview.DoubtfulScan> doubtful = checkIns.doubtful(eventId).stream()
                .map(AttendanceOverview.DoubtfulScan::of).toList();
        return new AttendanceOverview(eventId, days, sessions, overall, doubtful);
    }

    /** The admissions that count, for the export: per person and day or session, by surname. */
    public List<CheckIn> admissions(Long eventId) {
        events.get(eventId);
        return em.createQuery("select c from CheckIn c where c.eventId = :event" + COUNTS
                        + " order by c.registration.participant.nameSortKey, c.day, c.scannedAt", CheckIn.class)
                .setParameter("event", eventId).getResultList();
    }

    private static long expected(Session session, Map<Long, Long> seated, Map<LocalDate, Long> expectedByDay) {
        return session.getKind() == SessionKind.WORKSHOP ? seated.getOrDefault(session.getId(), 0L)
                : expectedByDay.getOrDefault(session.getStart().toLocalDate(), 0L);
    }

    @SuppressWarnings("unchecked")
    private <K> Map<K, Long> pairs(String jpql, Long eventId, boolean confirmed) {
        var query = em.createQuery(jpql, Object[].class).setParameter("event", eventId);
        if (confirmed) {
            query.setParameter("confirmed", RegistrationStatus.CONFIRMED);
        }
        Map<K, Long> map = new HashMap<>();
        query.getResultList().forEach(row -> map.put((K) row[0], (Long) row[1]));
        return map;
    }
}
