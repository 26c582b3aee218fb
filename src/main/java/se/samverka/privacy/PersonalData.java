package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.mail.MailAttachment;
import se.samverka.mail.OutgoingMail;
import se.samverka.platform.EmailAddresses;
import se.samverka.platform.Messages;
import se.samverka.privacy.PersonExtract.ActionData;
import se.samverka.privacy.PersonExtract.AnswerData;
import se.samverka.privacy.PersonExtract.CertificateData;
import se.samverka.privacy.PersonExtract.CheckInData;
import se.samverka.privacy.PersonExtract.CorrectionData;
import se.samverka.privacy.PersonExtract.MailData;
import se.samverka.privacy.PersonExtract.MeetingAttendanceData;
import se.samverka.privacy.PersonExtract.MembershipData;
import se.samverka.privacy.PersonExtract.RegistrationData;
import se.samverka.privacy.PersonExtract.SeatData;
import se.samverka.privacy.PersonExtract.SurveyData;
import se.samverka.privacy.PersonExtract.WorkshopData;
import se.samverka.registration.Question;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.WorkshopChoice;
import se.samverka.survey.HeldSurveyData;
import se.samverka.survey.SurveyService;

/**
 * The person's extract (registerutdrag): everything held about them, read from every table that
 * {@link PersonalDataCatalogue} lists as personal. Through the private link it covers that registration; for the
 * organiser, everything under an e-mail address across all events. Mails and network-meeting memberships are found
 * by the address (compared without regard to case).
 */
@ApplicationScoped
@Transactional
public class PersonalData {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    SurveyService surveys;

    @Inject
    Clock clock;

    /** The extract of the person behind the private link (404 for an unknown token). */
    public PersonExtract ofToken(String token) {
        Registration registration = registrations.byToken(token);
        String email = registration.getParticipant().getEmail();
        return new PersonExtract(now(), email, List.of(registration(registration)), mails(email), memberships(email));
    }

    /** The extract of everyone registered, mailed or a network member under this address, across all events. */
    public PersonExtract ofEmail(String email) {
        String address = address(email);
        List<RegistrationData> found = registrationsOf(address).stream().map(this::registration).toList();
        return new PersonExtract(now(), address, found, mails(address), memberships(address));
    }

    /** The person's (not anonymised) registrations under the address, newest event first. */
    List<Registration> registrationsOf(String address) {
        return em.createQuery("select r from Registration r where lower(r.participant.email) = :email"
                        + " and r.anonymisedAt is null order by r.event.startDate desc, r.id", Registration.class)
                .setParameter("email", address).getResultList();
    }

    /** The address in the form it is looked up by; refused when it is no e-mail address. */
    static String address(String email) {
        if (email == null || email.isBlank() || !EmailAddresses.isPlausible(email.strip())) {
            throw new InvalidPersonQueryException();
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private RegistrationData registration(Registration r) {
        Locale locale = r.locale();
        var who = r.getParticipant();
        Map<Long, String> answers = r.getAnswers();
        List<AnswerData> answered = new ArrayList<>();
        for (Question question : registrations.questions(r.getEvent().getId())) {
            if (answers.containsKey(question.getId())) {
                answered.add(new AnswerData(question.text(locale), answers.get(question.getId())));
            }
        }
        List<WorkshopData> workshops = r.getChoices().stream().map((WorkshopChoice c) -> new WorkshopData(
                c.getSession().getTitle(), c.getSession().getStart(), c.getStatus().name(), c.getChosenAt())).toList();
        return new RegistrationData(r.getId(), r.getEvent().getId(), r.getEvent().getTitle(), r.getEvent().getStartDate(),
                r.getEvent().getEndDate(), r.getStatus().name(), who.getFirstName(), who.getLastName(), who.getEmail(),
                who.getPhone(), who.getOrganisation(), who.getTitle(), who.getSector().name(locale), r.getDietary(),
                r.getAccessibility(), locale.getLanguage(), r.getConsentPrivacyAt(), r.isConsentListed(),
                r.getCheckInCode(), r.getCreatedAt(), r.getUpdatedAt(), List.copyOf(r.getDays()), workshops, answered,
                corrections(r.getId()), checkIns(r.getId()), certificates(r.getId()), seats(r.getId()), survey(r, locale));
    }

    private List<CorrectionData> corrections(Long id) {
        return rows("select field, old_value, new_value, edited_by, edited_at from registration_edit"
                + " where registration_id = ?1 order by edited_at, id", id).stream()
                .map(row -> new CorrectionData(text(row[0]), text(row[1]), text(row[2]), text(row[3]), time(row[4])))
                .toList();
    }

    private List<CheckInData> checkIns(Long id) {
        return rows("select c.day_date, s.title, c.scanned_at, c.checked_out_at, c.undone_at from check_in c"
                + " left join program_session s on s.id = c.session_id where c.registration_id = ?1"
                + " order by c.scanned_at, c.id", id).stream()
                .map(row -> new CheckInData(date(row[0]), text(row[1]), time(row[2]), time(row[3]), row[4] != null))
                .toList();
    }

    private List<CertificateData> certificates(Long id) {
        return rows("select code, kind, holder_name, minutes, sessions, issued_at, mailed_at, revoked_at, revoke_reason"
                + " from certificate where registration_id = ?1 order by issued_at, id", id).stream()
                .map(row -> new CertificateData(text(row[0]), text(row[1]), text(row[2]), number(row[3]).intValue(),
                        text(row[4]), time(row[5]), time(row[6]), time(row[7]), text(row[8])))
                .toList();
    }

    private List<SeatData> seats(Long id) {
        return rows("select s.day_date, g.number from table_seat s join table_group g on g.id = s.group_id"
                + " where s.registration_id = ?1 order by s.day_date", id).stream()
                .map(row -> new SeatData(date(row[0]), number(row[1]).intValue())).toList();
    }

    private SurveyData survey(Registration registration, Locale locale) {
        return surveys.heldAbout(registration).map((HeldSurveyData held) -> new SurveyData(held.status().name(),
                held.answered(), held.findable(),
                held.answers().stream().map(a -> new AnswerData(a.question(), a.answer())).toList(),
                Messages.text(locale, held.findable() ? "privacy.extract.surveyOpen" : "privacy.extract.surveyClosed")))
                .orElse(null);
    }

    /** Mails to the address; the body as staff may read it (private links masked: the extract may leave the person). */
    private List<MailData> mails(String email) {
        return em.createQuery("select m from OutgoingMail m where lower(m.recipient) = :email order by m.createdAt, m.id",
                        OutgoingMail.class)
                .setParameter("email", email.toLowerCase(Locale.ROOT)).getResultList().stream()
                .map(m -> new MailData(m.getCreatedAt(), m.getSentAt(), m.getSubject(), m.getStatus().name(),
                        m.getTextBody() == null || m.getTextBody().isBlank() ? null : m.getTextForStaff(),
                        m.getAttachments().stream().map(MailAttachment::getFilename).toList()))
                .toList();
    }

    private List<MembershipData> memberships(String email) {
        List<MembershipData> memberships = new ArrayList<>();
        for (Object[] row : rows("select m.id, s.name, m.name, m.organisation, c.code, m.active, m.added_at"
                + " from series_member m join meeting_series s on s.id = m.series_id join sector c on c.id = m.sector_id"
                + " where lower(m.email) = ?1 and m.erased_at is null order by s.name, m.id", email.toLowerCase(Locale.ROOT))) {
            long member = number(row[0]).longValue();
            List<MeetingAttendanceData> attendance = rows("select g.starts_at, a.reply, a.replied_at, a.status,"
                    + " a.substitute from meeting_attendance a join meeting g on g.id = a.meeting_id"
                    + " where a.member_id = ?1 order by g.starts_at", member).stream()
                    .map(a -> new MeetingAttendanceData(time(a[0]), text(a[1]), time(a[2]), text(a[3]), text(a[4])))
                    .toList();
            List<ActionData> actions = rows("select text, organisation, due_date, status, created_at, done_at"
                    + " from action_item where owner_id = ?1 order by created_at, id", member).stream()
                    .map(a -> new ActionData(text(a[0]), text(a[1]), date(a[2]), text(a[3]), time(a[4]), time(a[5])))
                    .toList();
            memberships.add(new MembershipData(text(row[1]), text(row[2]), text(row[3]), text(row[4]),
                    Boolean.TRUE.equals(row[5]), time(row[6]), attendance, actions));
        }
        return memberships;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object parameter) {
        List<?> result = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Number number(Object value) {
        return value == null ? 0 : (Number) value;
    }

    static LocalDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        return (LocalDate) value;
    }
}
