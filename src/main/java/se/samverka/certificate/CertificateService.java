package se.samverka.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.samverka.attendance.AttendanceService;
import se.samverka.attendance.CheckIn;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.event.EventService;
import se.samverka.event.LogoImage;
import se.samverka.platform.NotFoundException;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.program.Speaker;
import se.samverka.registration.CertificateLookup;
import se.samverka.registration.Registration;
import se.samverka.registration.RegistrationDirectory;
import se.samverka.registration.RegistrationStatus;

/**
 * Certificates of attendance, from what people actually attended (their check-ins), under the event's rule;
 * and of contribution, for its speakers. Issuing is allowed from the start of the event's last day and is
 * idempotent: a person keeps one code, and running it again issues nothing new.
 */
@ApplicationScoped
@Transactional
public class CertificateService implements CertificateLookup {

    private static final DateTimeFormatter LINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    ProgramService program;

    @Inject
    RegistrationDirectory registrations;

    @Inject
    AttendanceService attendance;

    @Inject
    Clock clock;

    /** The event's rule and signature (the default rule, unsigned, until an organiser sets them). */
    public CertificatePolicy policy(Long eventId) {
        events.get(eventId);
        CertificatePolicy policy = em.find(CertificatePolicy.class, eventId);
        return policy != null ? policy : new CertificatePolicy(eventId);
    }

    public CertificatePolicy setPolicy(Long eventId, Rule rule, int minPercent, String issuerName, String issuerTitle) {
        CertificatePolicy policy = stored(eventId);
        policy.follow(rule, minPercent);
        policy.signBy(issuerName, issuerTitle);
        return policy;
    }

    /** A picture of the signature (PNG or JPEG, decoded once like a logo); null removes it. */
    public CertificatePolicy setSignature(Long eventId, byte[] image) {
        CertificatePolicy policy = stored(eventId);
        if (image == null) {
            policy.signature(null, null);
        } else {
            LogoImage checked = LogoImage.of(image);
            policy.signature(checked.content(), checked.mediaType());
        }
        return policy;
    }

    /** Everyone with a seat, in name order: whether they qualify and why, and their certificate if issued. */
    public List<Candidate> candidates(Long eventId) {
        Event event = events.get(eventId);
        Facts facts = facts(event);
        Map<Long, Certificate> issued = issuedByRegistration(eventId);
        return registrations.list(eventId, null, RegistrationStatus.CONFIRMED).stream()
                .map(r -> new Candidate(r, facts.qualification(r), Optional.ofNullable(issued.get(r.getId()))))
                .toList();
    }

    /** Whether a registration qualifies now, and what a certificate would say. */
    public Qualification qualification(Registration registration) {
        return facts(registration.getEvent()).qualification(registration);
    }

    /** Issues to everyone who qualifies and has none yet; returns how many were issued now. */
    public int issueAll(Long eventId) {
        Event event = events.get(eventId);
        requireLastDayStarted(event);
        int issued = 0;
        for (Candidate candidate : candidates(eventId)) {
            if (candidate.qualification().qualifies() && candidate.certificate().isEmpty()
                    && !candidate.registration().isAnonymised()) {
                issue(event, candidate.registration(), candidate.qualification());
                issued++;
            }
        }
        return issued;
    }

    /** The participant's certificate: issued now if they qualify and have none; 409 saying why when they do not. */
    public Certificate issueFor(Registration registration) {
        Optional<Certificate> existing = issuedByRegistration(registration.getEvent().getId())
                .values().stream().filter(c -> registration.getId().equals(c.getRegistrationId())).findFirst();
        if (existing.isPresent()) {
            if (existing.get().isRevoked()) {
                throw new NotQualifiedException("certificate.reason.revoked");
            }
            return existing.get();
        }
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new NotQualifiedException("certificate.reason.noSeat");
        }
        requireLastDayStarted(registration.getEvent());
        Qualification qualification = qualification(registration);
        if (!qualification.qualifies()) {
            throw new NotQualifiedException(qualification.reasonKey(), qualification.reasonArguments().toArray());
        }
        return issue(registration.getEvent(), registration, qualification);
    }

    /** Certificates of contribution for every speaker of the event who has none yet; returns how many now. */
    public int issueSpeakers(Long eventId) {
        Event event = events.get(eventId);
        requireLastDayStarted(event);
        Set<Long> done = new HashSet<>();
        certificates(eventId).stream().filter(c -> c.getKind() == CertificateKind.CONTRIBUTION)
                .forEach(c -> done.add(c.getSpeakerId()));
        int issued = 0;
        for (Map.Entry<Speaker, List<Session>> speaker : speakers(eventId).entrySet()) {
            if (!done.contains(speaker.getKey().getId())) {
                em.persist(new Certificate(newCode(), CertificateKind.CONTRIBUTION, eventId, null, speaker.getKey().getId(),
                        speaker.getKey().getName(), event.getTitle(), event.getStartDate(), event.getEndDate(),
                        event.getVenue(), 0, lines(speaker.getValue()), policy(eventId), "sv", now()));
                issued++;
            }
        }
        return issued;
    }

    /** The event's speakers with their sessions, in name order. */
    public Map<Speaker, List<Session>> speakers(Long eventId) {
        Map<Speaker, List<Session>> bySpeaker = new LinkedHashMap<>();
        program.sessions(eventId).forEach(session -> session.getSpeakers()
                .forEach(speaker -> bySpeaker.computeIfAbsent(speaker, s -> new ArrayList<>()).add(session)));
        Map<Speaker, List<Session>> sorted = new LinkedHashMap<>();
        bySpeaker.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.getName().compareTo(b.getName())))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** The event's certificates, attendance first, by name. */
    public List<Certificate> certificates(Long eventId) {
        return em.createQuery("select c from Certificate c where c.eventId = :event order by c.kind, c.holderName, c.id",
                Certificate.class).setParameter("event", eventId).getResultList();
    }

    public Certificate byCode(String typed) {
        String code = CertificateCodes.normalised(typed).orElseThrow(() -> new NotFoundException("certificate", ""));
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("certificate", ""));
    }

    public Certificate revoke(String code, String reason) {
        Certificate certificate = byCode(code);
        certificate.revoke(reason, now());
        return certificate;
    }

    @Override
    public Optional<String> codeFor(Long registrationId) {
        return em.createQuery("select c.code from Certificate c where c.registrationId = :registration"
                        + " and c.kind = :kind and c.revokedAt is null", String.class)
                .setParameter("registration", registrationId).setParameter("kind", CertificateKind.ATTENDANCE)
                .getResultStream().findFirst();
    }

    /** Whether certificates may be issued now: from the start of the event's last day. */
    public boolean mayIssue(Event event) {
        return !now().isBefore(event.lastDay().start());
    }

    private void requireLastDayStarted(Event event) {
        if (!mayIssue(event)) {
            throw new NotQualifiedException("certificate.reason.tooEarly", event.lastDay().start().toLocalDate().toString());
        }
    }

    private Certificate issue(Event event, Registration registration, Qualification qualification) {
        Certificate certificate = new Certificate(newCode(), CertificateKind.ATTENDANCE, event.getId(),
                registration.getId(), null, registration.getParticipant().fullName(), event.getTitle(),
                event.getStartDate(), event.getEndDate(), event.getVenue(), qualification.minutes(),
                qualification.attended().stream().map(CertificateService::line).toList(), policy(event.getId()),
                registration.locale().getLanguage(), now());
        em.persist(certificate);
        return certificate;
    }

    private String newCode() {
        while (true) {
            String code = CertificateCodes.newCode();
            boolean taken = em.createQuery("select count(c) from Certificate c where c.code = :code", Long.class)
                    .setParameter("code", code).getSingleResult() > 0;
            if (!taken) {
                return code;
            }
        }
    }

    private Map<Long, Certificate> issuedByRegistration(Long eventId) {
        Map<Long, Certificate> issued = new HashMap<>();
        certificates(eventId).stream().filter(c -> c.getKind() == CertificateKind.ATTENDANCE && c.getRegistrationId() != null)
                .forEach(c -> issued.put(c.getRegistrationId(), c));
        return issued;
    }

    private CertificatePolicy stored(Long eventId) {
        events.get(eventId);
        CertificatePolicy policy = em.find(CertificatePolicy.class, eventId);
        if (policy == null) {
            policy = new CertificatePolicy(eventId);
            em.persist(policy);
        }
        return policy;
    }

    /** Everything the rule looks at for one event, read once: its days, programme and check-ins. */
    private Facts facts(Event event) {
        List<Session> sessions = program.sessions(event.getId());
        Map<Long, Set<LocalDate>> daysIn = new HashMap<>();
        Map<Long, Set<Long>> atDoors = new HashMap<>();
        for (CheckIn admission : attendance.admissions(event.getId())) {
            Long who = admission.getRegistration().getId();
            if (admission.getSession() == null) {
                daysIn.computeIfAbsent(who, k -> new HashSet<>()).add(admission.getDay());
            } else {
                atDoors.computeIfAbsent(admission.getSession().getId(), k -> new HashSet<>()).add(who);
            }
        }
        CertificatePolicy policy = policy(event.getId());
        return new Facts(event.getDays().stream().map(EventDay::getDate).toList(), sessions, daysIn, atDoors, policy);
    }

    private record Facts(List<LocalDate> days, List<Session> sessions, Map<Long, Set<LocalDate>> daysIn,
            Map<Long, Set<Long>> atDoors, CertificatePolicy policy) {

        Qualification qualification(Registration registration) {
            List<Qualification.Slot> slots = sessions.stream().map(session -> new Qualification.Slot(session.getId(),
                    session.getTitle(), session.getStart(), session.getEnd(), session.getKind() == SessionKind.BREAK,
                    registration.attends(session), atDoors.containsKey(session.getId()),
                    atDoors.getOrDefault(session.getId(), Set.of()).contains(registration.getId()))).toList();
            return Qualification.of(policy.getRule(), policy.getMinPercent(), days,
                    daysIn.getOrDefault(registration.getId(), Set.of()), slots);
        }
    }

    /** A person with a seat, whether they qualify, and their certificate if one was issued. */
    public record Candidate(Registration registration, Qualification qualification, Optional<Certificate> certificate) {
    }

    static String line(Qualification.Slot slot) {
        return LINE.format(slot.start()) + "–" + TIME.format(slot.end()) + " " + slot.title();
    }

    private static List<String> lines(List<Session> sessions) {
        return sessions.stream().map(s -> LINE.format(s.getStart()) + "–" + TIME.format(s.getEnd()) + " " + s.getTitle())
                .toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
