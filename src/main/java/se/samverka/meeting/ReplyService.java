package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.platform.SecretTokens;

/**
 * What members do without logging in: answer an invitation through their own link (the attendance row's token),
 * and check themselves in with the QR code shown on the wall at the meeting (the meeting's token and their own
 * e-mail address, which must be on the roster).
 */
@ApplicationScoped
@Transactional
public class ReplyService {

    /** Self check-in opens this long before the start and stays open until the end. */
    static final long CHECK_IN_OPENS_MINUTES = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    MeetingQueries queries;

    @Inject
    Clock clock;

    /** The member's attendance row for a reply link, with what the reply page shows. */
    public Optional<Invitation> invitation(String token) {
        if (!SecretTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select a from Attendance a join fetch a.meeting join fetch a.member"
                        + " where a.replyToken = :token", Attendance.class)
                .setParameter("token", token).getResultStream().findFirst()
                .map(attendance -> new Invitation(attendance, queries.agenda(attendance.getMeeting()),
                        queries.openActions(attendance.getMember())));
    }

    public Attendance answer(String token, Reply reply, String substitute) {
        Attendance attendance = invitation(token).orElseThrow(() -> new InvalidMeetingException("token",
                "meeting.error.unknownLink")).attendance();
        attendance.answer(reply, substitute, SeriesService.now(clock));
        return attendance;
    }

    /** The meeting behind the QR code on the wall, when the token is one. */
    public Optional<Meeting> wall(String token) {
        if (!SecretTokens.looksLikeToken(token)) {
            return Optional.empty();
        }
        return em.createQuery("select m from Meeting m join fetch m.series where m.checkInToken = :token", Meeting.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /** Marks the member with this address present; refused outside the meeting's time or for an unknown address. */
    public Attendance checkIn(String token, String email) {
        Meeting meeting = wall(token).orElseThrow(() -> new InvalidMeetingException("token", "meeting.error.unknownLink"));
        LocalDateTime now = SeriesService.now(clock);
        if (now.isBefore(meeting.getStart().minusMinutes(CHECK_IN_OPENS_MINUTES)) || now.isAfter(meeting.getEnd())) {
            throw InvalidMeetingException.conflict("meeting.error.checkInClosed");
        }
        if (meeting.isApproved()) {
            throw InvalidMeetingException.conflict("meeting.error.alreadyApproved");
        }
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        Member member = em.createQuery("select m from Member m where m.series = :series and m.email = :email"
                        + " and m.active = true", Member.class)
                .setParameter("series", meeting.getSeries()).setParameter("email", address)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidMeetingException("email", "meeting.error.notOnRoster"));
        Attendance attendance = em.createQuery("select a from Attendance a where a.meeting = :meeting and a.member = :member",
                        Attendance.class)
                .setParameter("meeting", meeting).setParameter("member", member).getResultStream().findFirst()
                .orElseGet(() -> {
                    Attendance created = new Attendance(meeting, member, SecretTokens.next());
                    em.persist(created);
                    return created;
                });
        attendance.selfCheckIn(now);
        return attendance;
    }

    /** What the member's reply page shows. */
    public record Invitation(Attendance attendance, List<AgendaItem> agenda, List<ActionItem> actions) {
    }
}
