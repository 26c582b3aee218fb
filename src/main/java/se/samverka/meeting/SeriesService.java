package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.SecretTokens;
import se.samverka.registration.SectorService;

/** Meeting series and their rosters, for the series' conveners (see {@link MeetingAccess}). */
@ApplicationScoped
@Transactional
public class SeriesService {

    @PersistenceContext
    EntityManager em;

    private final MeetingAccess access;
    private final SectorService sectors;
    private final Clock clock;

    @Inject
    public SeriesService(MeetingAccess access, SectorService sectors, Clock clock) {
        this.access = access;
        this.sectors = sectors;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SeriesService() {
        this(null, null, null);
    }

    /** A new series; a convener who creates one convenes it. */
    public MeetingSeries create(String name, String purpose, List<String> conveners, Integer reminderDays) {
        MeetingSeries series = new MeetingSeries(name, purpose, now());
        List<String> names = new java.util.ArrayList<>(conveners == null ? List.of() : conveners);
        if (!access.isOrganiser() && !names.contains(access.username())) {
            names.add(access.username());
        }
        series.convenedBy(names);
        if (reminderDays != null) {
            series.remindDaysBefore(reminderDays);
        }
        em.persist(series);
        return series;
    }

    public MeetingSeries describe(Long seriesId, String name, String purpose, List<String> conveners, Integer reminderDays) {
        MeetingSeries series = series(seriesId);
        series.describe(name, purpose);
        if (conveners != null && access.isOrganiser()) {
            series.convenedBy(conveners);
        }
        if (reminderDays != null) {
            series.remindDaysBefore(reminderDays);
        }
        return series;
    }

    /** Sets how long the series keeps each meeting's data (null: the installation's default); organisers only. */
    public MeetingSeries keepData(Long seriesId, Integer days) {
        MeetingSeries series = series(seriesId);
        if (!access.isOrganiser()) {
            throw InvalidMeetingException.notYours();
        }
        series.keepDataDays(days);
        return series;
    }

    /** The series the caller convenes (all of them for an organiser), by name. */
    public List<MeetingSeries> visible() {
        return em.createQuery("select s from MeetingSeries s order by s.name, s.id", MeetingSeries.class).getResultList()
                .stream().filter(access::mayConvene).toList();
    }

    /** One series the caller may convene; 404 when there is none, 403 when it is someone else's. */
    public MeetingSeries series(Long seriesId) {
        MeetingSeries series = seriesId == null ? null : em.find(MeetingSeries.class, seriesId);
        if (series == null) {
            throw new NotFoundException("series", seriesId);
        }
        access.require(series);
        return series;
    }

    /**
     * Adds a representative to the roster, invited to every planned meeting still ahead; someone who left comes
     * back with their history.
     */
    public Member addMember(Long seriesId, String name, String email, String organisation, String sectorCode) {
        MeetingSeries series = series(seriesId);
        Member member = new Member(series, name, email, organisation, sector(sectorCode), now());
        Member former = em.createQuery("select m from Member m where m.series = :series and m.email = :email"
                        + " and m.active = false", Member.class)
                .setParameter("series", series).setParameter("email", member.getEmail())
                .getResultStream().findFirst().orElse(null);
        if (former != null) {
            former.change(name, email, organisation, member.getSector());
            former.rejoin();
            member = former;
        } else {
            requireUniqueEmail(series, member.getEmail(), null);
            em.persist(member);
        }
        for (Meeting meeting : upcoming(series)) {
            em.persist(new Attendance(meeting, member, SecretTokens.next()));
        }
        return member;
    }

    public Member changeMember(Long memberId, String name, String email, String organisation, String sectorCode) {
        Member member = member(memberId);
        member.change(name, email, organisation, sector(sectorCode));
        requireUniqueEmail(member.getSeries(), member.getEmail(), member.getId());
        return member;
    }

    /** Takes a member off the roster for future meetings; their past attendance stays. */
    public Member leave(Long memberId) {
        Member member = member(memberId);
        member.leave();
        removeFromUpcoming(member);
        return member;
    }

    /**
     * Erases a member's personal data everywhere in the series (their name on actions, substitutes named in their
     * place, amendments naming them); their organisation's attendance stays counted.
     */
    public Member erase(Long memberId) {
        Member member = member(memberId);
        String name = member.getName();
        em.createQuery("update ActionItem a set a.ownerName = :erased where a.owner = :member")
                .setParameter("erased", Member.ERASED).setParameter("member", member).executeUpdate();
        em.createQuery("update Attendance a set a.substitute = null where a.member = :member")
                .setParameter("member", member).executeUpdate();
        em.createQuery("select a from Amendment a join a.meeting m where m.series = :series and a.what = :name",
                        Amendment.class)
                .setParameter("series", member.getSeries()).setParameter("name", name)
                .getResultList().forEach(Amendment::erasePerson);
        removeFromUpcoming(member);
        member.erase();
        return member;
    }

    /** Takes the member off the meetings still ahead; what they did at meetings held stays. */
    private void removeFromUpcoming(Member member) {
        em.createQuery("select a from Attendance a join a.meeting m where a.member = :member and m.start > :now",
                        Attendance.class)
                .setParameter("member", member).setParameter("now", now()).getResultList().forEach(em::remove);
    }

    public Member member(Long memberId) {
        Member member = memberId == null ? null : em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException("member", memberId);
        }
        access.require(member.getSeries());
        return member;
    }

    /** The roster: active members first, by organisation and name. */
    public List<Member> members(Long seriesId) {
        return em.createQuery("select m from Member m where m.series = :series"
                        + " order by m.active desc, m.organisation, m.name, m.id", Member.class)
                .setParameter("series", series(seriesId)).getResultList();
    }

    /** The series' meetings in time order, cancelled ones too. */
    public List<Meeting> meetings(Long seriesId) {
        return em.createQuery("select m from Meeting m where m.series = :series order by m.start, m.id", Meeting.class)
                .setParameter("series", series(seriesId)).getResultList();
    }

    private List<Meeting> upcoming(MeetingSeries series) {
        return em.createQuery("select m from Meeting m where m.series = :series and m.status = :planned"
                        + " and m.start > :now", Meeting.class)
                .setParameter("series", series).setParameter("planned", MeetingStatus.PLANNED)
                .setParameter("now", now()).getResultList();
    }

    private void requireUniqueEmail(MeetingSeries series, String email, Long except) {
        boolean taken = em.createQuery("select m.id from Member m where m.series = :series and m.email = :email", Long.class)
                .setParameter("series", series).setParameter("email", email)
                .getResultStream().anyMatch(id -> !id.equals(except));
        if (taken) {
            throw InvalidMeetingException.conflict("meeting.error.memberTaken");
        }
    }

    private se.samverka.registration.Sector sector(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidMeetingException("sector", "meeting.error.sector");
        }
        return sectors.byCode(code);
    }

    private LocalDateTime now() {
        return now(clock);
    }

    /** The time on the clock to the second, as meetings record it. */
    static LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock).withNano(0);
    }
}
