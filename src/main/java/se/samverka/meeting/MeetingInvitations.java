package se.samverka.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.samverka.mail.Mail;
import se.samverka.mail.MailService;
import se.samverka.platform.Messages;
import se.samverka.platform.PublicAddress;

/**
 * The mails members get about a meeting, through the outbox and in the caller's transaction: the invitation
 * (agenda, the member's own open actions, reply links, and the meeting as an {@code .ics} request), the same as a
 * reminder, an update when the time or place changes, and a cancellation. Swedish with English below, since a
 * member has no language setting. Each goes to every active member who has an attendance row for the meeting.
 */
@ApplicationScoped
public class MeetingInvitations {

    enum Kind { INVITATION, REMINDER, UPDATE, CANCELLATION }

    @PersistenceContext
    EntityManager em;

    private final MailService mails;
    private final PublicAddress address;
    private final MeetingCalendar calendar;
    private final MeetingQueries queries;

    @Inject
    public MeetingInvitations(MailService mails, PublicAddress address, MeetingQueries queries,
            @ConfigProperty(name = "samverka.mail.from", defaultValue = "Samverka <noreply@samverka.local>") String from) {
        this.mails = mails;
        this.address = address;
        this.calendar = new MeetingCalendar(addressOnly(from));
        this.queries = queries;
    }

    /** For CDI's proxy only. */
    protected MeetingInvitations() {
        this.mails = null;
        this.address = null;
        this.calendar = null;
        this.queries = null;
    }

    /** Queues one mail of this kind per invited member; returns how many. */
    int send(Meeting meeting, Kind kind) {
        List<Attendance> invited = em.createQuery("select a from Attendance a join fetch a.member m"
                        + " where a.meeting = :meeting and m.active = true order by m.name", Attendance.class)
                .setParameter("meeting", meeting).getResultList();
        List<AgendaItem> agenda = queries.agenda(meeting);
        Map<Long, List<ActionItem>> openActions = queries.openActionsByOwner(meeting.getSeries());
        for (Attendance attendance : invited) {
            Member member = attendance.getMember();
            List<ActionItem> actions = openActions.getOrDefault(member.getId(), List.of());
            String text = text(Messages.SWEDISH, kind, meeting, attendance, agenda, actions) + "\n\n-- In English --\n\n"
                    + text(Messages.ENGLISH, kind, meeting, attendance, agenda, actions);
            byte[] ics = kind == Kind.CANCELLATION ? calendar.cancel(meeting, member.getEmail())
                    : calendar.request(meeting, member.getEmail(), meeting.getSeries().getPurpose());
            String method = kind == Kind.CANCELLATION ? "CANCEL" : "REQUEST";
            mails.queue(Mail.to(member.getEmail())
                    .subject(Messages.format(Messages.SWEDISH, "meeting.mail.subject." + kind.name(),
                            meeting.getSeries().getName(), date(Messages.SWEDISH, meeting)))
                    .text(text)
                    .attach("mote.ics", "text/calendar; charset=UTF-8; method=" + method, ics)
                    .reference("meeting:" + meeting.getId()));
        }
        return invited.size();
    }

    private String text(Locale locale, Kind kind, Meeting meeting, Attendance attendance, List<AgendaItem> agenda,
            List<ActionItem> actions) {
        StringBuilder text = new StringBuilder();
        text.append(Messages.format(locale, "meeting.mail.greeting", attendance.getMember().getName())).append("\n\n");
        text.append(Messages.format(locale, "meeting.mail.lead." + kind.name(), meeting.getSeries().getName(),
                date(locale, meeting), time(meeting), meeting.getPlace() == null ? "–" : meeting.getPlace())).append('\n');
        if (kind == Kind.CANCELLATION) {
            return text.toString();
        }
        text.append('\n').append(Messages.text(locale, "meeting.mail.agenda")).append('\n');
        if (agenda.isEmpty()) {
            text.append(Messages.text(locale, "meeting.mail.noAgenda")).append('\n');
        }
        for (AgendaItem item : agenda) {
            text.append(item.getPosition()).append(". ").append(item.getTitle());
            if (item.getPresenter() != null) {
                text.append(" (").append(item.getPresenter()).append(')');
            }
            text.append('\n');
        }
        if (!actions.isEmpty()) {
            text.append('\n').append(Messages.text(locale, "meeting.mail.yourActions")).append('\n');
            for (ActionItem action : actions) {
                text.append("- ").append(action.getText().replace('\n', ' '));
                if (action.getDueDate() != null) {
                    text.append(" (").append(Messages.format(locale, "meeting.mail.due",
                            action.getDueDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale))))
                            .append(')');
                }
                text.append('\n');
            }
        }
        String link = address.at("m", attendance.getReplyToken()).toString();
        text.append('\n').append(Messages.format(locale, "meeting.mail.reply", link + "?svar=kommer",
                link + "?svar=kan-inte")).append('\n');
        return text.toString();
    }

    private static String date(Locale locale, Meeting meeting) {
        return meeting.getStart().toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    private static String time(Meeting meeting) {
        DateTimeFormatter hours = DateTimeFormatter.ofPattern("HH:mm");
        return meeting.getStart().format(hours) + "–" + meeting.getEnd().format(hours);
    }

    private static String addressOnly(String from) {
        try {
            return new InternetAddress(from).getAddress();
        } catch (AddressException e) {
            return "noreply@samverka.local";
        }
    }

    MeetingCalendar calendar() {
        return calendar;
    }
}
