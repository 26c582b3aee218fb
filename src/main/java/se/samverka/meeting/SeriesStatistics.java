package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Attendance over a series: per organisation and per sector, from the meetings held so far (not cancelled). */
@ApplicationScoped
@Transactional
public class SeriesStatistics {

    @PersistenceContext
    EntityManager em;

    private final SeriesService series;
    private final Clock clock;

    @Inject
    public SeriesStatistics(SeriesService series, Clock clock) {
        this.series = series;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SeriesStatistics() {
        this(null, null);
    }

    public List<AttendanceRate> byOrganisation(Long seriesId) {
        return AttendanceRate.byOrganisation(held(seriesId));
    }

    public List<AttendanceRate> bySector(Long seriesId) {
        return AttendanceRate.bySector(held(seriesId));
    }

    /** Every attendance row of the series' held meetings (begun, not cancelled). */
    public List<Attendance> held(Long seriesId) {
        MeetingSeries owner = series.series(seriesId);
        return em.createQuery("select a from Attendance a join fetch a.meeting m join fetch a.member"
                        + " where m.series = :series and m.status = :planned and m.start <= :now order by m.start",
                        Attendance.class)
                .setParameter("series", owner).setParameter("planned", MeetingStatus.PLANNED)
                .setParameter("now", SeriesService.now(clock)).getResultList();
    }
}
