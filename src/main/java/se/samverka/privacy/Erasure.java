package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.survey.SurveyService;

/**
 * Erasure of a person (GDPR Art. 17): the participant's own request through the private link (only after their
 * event, since before it cancelling is the way), or the organiser's, by e-mail address across all events and
 * network-meeting series. Registrations go through the one {@link RegistrationAnonymiser} (the rows stay for counts
 * by sector and attendance statistics); beyond it the person's certificates, the mails to their address, their
 * survey response while it can still be found and their "has answered" marks are deleted, as are the badge sheets of
 * their events that wait to be downloaded, and their
 * network-meeting memberships are anonymised (attendance and action rows stay). Each erasure writes counts to the
 * removal log, never the address. All in one transaction: nothing half-erased.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    RegistrationAnonymiser anonymiser;

    @Inject
    SurveyService surveys;

    @Inject
    PersonalData personalData;

    @Inject
    Clock clock;

    /** The participant's own request: 409 before the event's last day is over; otherwise erased at once. */
    public ErasureOutcome byParticipant(String token) {
        Registration registration = registrations.byToken(token);
        if (!registration.getEvent().isOver(LocalDate.now(clock))) {
            throw new ErasureBeforeEventEndException(registration.getEvent().getEndDate());
        }
        return erase(List.of(registration), registration.getParticipant().getEmail(), RetentionCause.BY_PARTICIPANT);
    }

    /** The organiser's: everything under the address, everywhere. */
    public ErasureOutcome byOrganiser(String email, String account) {
        String address = PersonalData.address(email);
        return erase(personalData.registrationsOf(address), address, account);
    }

    private ErasureOutcome erase(List<Registration> found, String email, String by) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String address = email.toLowerCase(Locale.ROOT);
        Map<Long, int[]> perEvent = new LinkedHashMap<>(); // event -> registrations, certificates, survey rows
        for (Registration registration : found) {
            int[] counts = perEvent.computeIfAbsent(registration.getEvent().getId(), id -> new int[3]);
            counts[2] += surveys.forget(registration);
            counts[1] += em.createNativeQuery("delete from certificate where registration_id = ?1")
                    .setParameter(1, registration.getId()).executeUpdate();
        }
        em.flush();
        for (Registration registration : found) {
            perEvent.get(registration.getEvent().getId())[0] +=
                    anonymiser.anonymise(List.of(registration.getId()), now);
        }
        for (Long eventId : perEvent.keySet()) {
            // a badge sheet in the making or waiting to be downloaded may print the person's name: it goes (it is
            // made again in a minute if needed)
            em.createNativeQuery("delete from badge_job where event_id = ?1").setParameter(1, eventId).executeUpdate();
        }
        int mails = em.createNativeQuery("delete from outgoing_mail where lower(recipient) = ?1")
                .setParameter(1, address).executeUpdate();
        int members = eraseMemberships(address, now, by);

        int anonymised = 0;
        int certificates = 0;
        int surveyRows = 0;
        for (Map.Entry<Long, int[]> event : perEvent.entrySet()) {
            int[] counts = event.getValue();
            log(DataKind.REGISTRATIONS, event.getKey(), null, counts[0], now, by);
            log(DataKind.CERTIFICATES, event.getKey(), null, counts[1], now, by);
            log(DataKind.SURVEY_TEXT, event.getKey(), null, counts[2], now, by);
            anonymised += counts[0];
            certificates += counts[1];
            surveyRows += counts[2];
        }
        log(DataKind.MAIL_BODIES, null, null, mails, now, by);
        em.flush();
        return new ErasureOutcome(anonymised, certificates, mails, surveyRows, members);
    }

    /** Members under the address lose name, address and organisation; their attendance and actions stay, nameless. */
    private int eraseMemberships(String address, LocalDateTime now, String by) {
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select id, series_id from series_member"
                        + " where lower(email) = ?1 and erased_at is null")
                .setParameter(1, address).getResultList();
        Map<Long, Integer> perSeries = new LinkedHashMap<>();
        for (Object[] member : members) {
            long id = PersonalData.number(member[0]).longValue();
            int updated = em.createNativeQuery("update series_member set name = '', organisation = '', email = ?1,"
                            + " erased_at = ?2, version = version + 1 where id = ?3 and erased_at is null")
                    .setParameter(1, "erased-" + id + "@invalid").setParameter(2, now).setParameter(3, id)
                    .executeUpdate();
            if (updated == 0) {
                continue;
            }
            em.createNativeQuery("update action_item set owner_name = '', version = version + 1 where owner_id = ?1")
                    .setParameter(1, id).executeUpdate();
            em.createNativeQuery("update meeting_attendance set substitute = null, version = version + 1"
                            + " where member_id = ?1 and substitute is not null")
                    .setParameter(1, id).executeUpdate();
            perSeries.merge(PersonalData.number(member[1]).longValue(), 1, Integer::sum);
        }
        perSeries.forEach((series, count) -> log(DataKind.MEETING_DATA, null, series, count, now, by));
        return perSeries.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void log(DataKind kind, Long eventId, Long seriesId, int removed, LocalDateTime now, String by) {
        if (removed > 0) {
            em.persist(new RetentionLogEntry(kind.key(), eventId, seriesId, removed, now, by, RetentionCause.ERASURE));
        }
    }
}
