package se.samverka.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import se.samverka.event.Event;
import se.samverka.platform.DomainEntity;
import se.samverka.program.Session;
import se.samverka.program.SessionKind;
import se.samverka.platform.Text;

/**
 * One person's registration for an event: who they are, which days and workshops they chose, their
 * answers and consents, and where they stand (confirmed, in line, pending approval, cancelled).
 * Seats are decided by {@link SeatKeeper} over the seat counters ({@link Seating} has the rules).
 */
@Entity
@Table(name = "registration")
public class Registration extends DomainEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Embedded
    private Participant participant;

    @ElementCollection
    @CollectionTable(name = "registration_day", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "day_date")
    private Set<LocalDate> days = new TreeSet<>();

    @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<WorkshopChoice> choices = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "registration_answer", joinColumns = @JoinColumn(name = "registration_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer")
    private Map<Long, String> answers = new HashMap<>();

    private String dietary;

    private String accessibility;

    @Column(name = "consent_privacy_at", nullable = false)
    private LocalDateTime consentPrivacyAt;

    @Column(name = "consent_listed", nullable = false)
    private boolean consentListed;

    /** The language the participant registered in; their mails are written in it. */
    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    /** When the registration joined its current line; waiting lists are served in this order. */
    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @Column(name = "manage_token", nullable = false, unique = true)
    private String manageToken;

    @Column(name = "check_in_code", nullable = false)
    private String checkInCode;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** When the person was removed from this registration (by retention or erasure); null while they are here. */
    @Column(name = "anonymised_at")
    private LocalDateTime anonymisedAt;

    /** Place in the event's line: the order in which the event's seat counter accepted it (see SeatCounter). */
    @Column(name = "line_number")
    private Long lineNumber;

    protected Registration() {
    }

    /**
     * A complete new registration, not yet placed (PENDING until the seats decide, or an organiser approves):
     * who, in which language, with consent to the privacy notice (required), which days, needs, answers and
     * workshops. The answers and workshops are already checked against the event's questions and programme.
     */
    static Registration open(Event event, Application application, String manageToken, String checkInCode,
            LocalDateTime now) {
        Registration registration = new Registration(event, application.participant(), manageToken, checkInCode, now);
        registration.consent(application.consentPrivacy(), application.consentListed(), now);
        registration.speak(application.language());
        registration.attendDays(application.days());
        registration.describeNeeds(application.dietary(), application.accessibility());
        registration.answer(application.answers());
        registration.choose(application.workshops(), now);
        return registration;
    }

    /** What a person gives when registering, checked against the event (see {@link #open}). */
    record Application(Participant participant, java.util.Locale language, boolean consentPrivacy,
            boolean consentListed, Set<LocalDate> days, String dietary, String accessibility, Map<Long, String> answers,
            List<Session> workshops) {
    }

    Registration(Event event, Participant participant, String manageToken, String checkInCode, LocalDateTime now) {
        this.event = event;
        this.language = "sv";
        this.participant = participant;
        this.manageToken = manageToken;
        this.checkInCode = checkInCode;
        this.createdAt = now;
        this.updatedAt = now;
        this.queuedAt = now;
        this.status = RegistrationStatus.PENDING;
    }

    void consent(boolean privacy, boolean listed, LocalDateTime now) {
        if (!privacy) {
            throw new InvalidRegistrationException("consentPrivacy", "registration.error.consentRequired");
        }
        this.consentPrivacyAt = now;
        this.consentListed = listed;
    }

    /** Whether the participant wants to appear on the event's participant list. */
    void listPublicly(boolean listed) {
        this.consentListed = listed;
    }

    void attendDays(Set<LocalDate> chosen) {
        if (chosen != null && chosen.stream().anyMatch(Objects::isNull)) {
            throw new InvalidRegistrationException("days", "registration.error.dayMissing");
        }
        Set<LocalDate> wanted = chosen == null || chosen.isEmpty() ? allDays() : new TreeSet<>(chosen);
        for (LocalDate day : wanted) {
            if (!event.covers(day)) {
                throw new InvalidRegistrationException("days", "registration.error.dayOutsideEvent", day);
            }
        }
        days.clear();
        days.addAll(wanted);
    }

    void describeNeeds(String newDietary, String newAccessibility) {
        String diet = Text.multiLine(newDietary, "dietary", 1000);
        String access = Text.multiLine(newAccessibility, "accessibility", 1000);
        this.dietary = diet == null || diet.isEmpty() ? null : diet;
        this.accessibility = access == null || access.isEmpty() ? null : access;
    }

    /**
     * Staff or an organiser correct who this is (a misspelt name, the right organisation or sector) and the
     * needs they noted; returns each changed field as {@code {field, old, new}}, in a fixed order.
     */
    List<String[]> correct(Participant corrected, String newDietary, String newAccessibility, LocalDateTime now) {
        List<String[]> changes = new ArrayList<>();
        Participant before = participant;
        compare(changes, "firstName", before.getFirstName(), corrected.getFirstName());
        compare(changes, "lastName", before.getLastName(), corrected.getLastName());
        compare(changes, "email", before.getEmail(), corrected.getEmail());
        compare(changes, "phone", before.getPhone(), corrected.getPhone());
        compare(changes, "organisation", before.getOrganisation(), corrected.getOrganisation());
        compare(changes, "sector", before.getSector().getCode(), corrected.getSector().getCode());
        compare(changes, "title", before.getTitle(), corrected.getTitle());
        String oldDietary = dietary;
        String oldAccessibility = accessibility;
        this.participant = corrected;
        describeNeeds(newDietary, newAccessibility);
        compare(changes, "dietary", oldDietary, dietary);
        compare(changes, "accessibility", oldAccessibility, accessibility);
        if (!changes.isEmpty()) {
            touch(now);
        }
        return changes;
    }

    private static void compare(List<String[]> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new String[] {field, before, after});
        }
    }

    void answer(Map<Long, String> newAnswers) {
        answers.clear();
        answers.putAll(newAnswers);
    }

    /** Drops the answer to a question the organiser removed. */
    void forgetAnswer(Long questionId) {
        answers.remove(questionId);
    }

    /** Keeps the choices still wanted, adds the new ones (in line until seated); returns what was added. */
    List<WorkshopChoice> choose(List<Session> sessions, LocalDateTime now) {
        choices.removeIf(choice -> !sessions.contains(choice.getSession()));
        List<WorkshopChoice> added = new ArrayList<>();
        for (Session session : sessions) {
            if (choice(session).isEmpty()) {
                WorkshopChoice choice = new WorkshopChoice(this, session, now);
                choices.add(choice);
                added.add(choice);
            }
        }
        return added;
    }

    /** Seated: a newcomer or an approved person with a free seat, or someone moving up from the line. */
    void confirm(LocalDateTime now) {
        require(RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED);
        moveTo(RegistrationStatus.CONFIRMED, now);
    }

    /** In the event's line: a newcomer or an approved person when every seat is taken. */
    void waitlist(LocalDateTime now) {
        require(RegistrationStatus.PENDING);
        moveTo(RegistrationStatus.WAITLISTED, now);
        choices.forEach(WorkshopChoice::queue);
    }

    /** Approval mode: waits for an organiser's decision. */
    void awaitApproval(LocalDateTime now) {
        require(RegistrationStatus.PENDING);
        moveTo(RegistrationStatus.PENDING, now);
        choices.forEach(WorkshopChoice::queue);
    }

    /** Approval mode: turned down; only a pending registration can be. */
    void decline(LocalDateTime now) {
        require(RegistrationStatus.PENDING);
        moveTo(RegistrationStatus.DECLINED, now);
        choices.clear();
    }

    /** Withdraws the registration and gives up its seats. */
    void cancel(LocalDateTime now) {
        require(RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        moveTo(RegistrationStatus.CANCELLED, now);
        choices.clear();
    }

    /** Takes the next place in the event's line, as handed out by the event's seat counter. */
    void enterLine(long number) {
        this.lineNumber = number;
    }

    private void require(RegistrationStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(status)) {
            throw new RegistrationNotActiveException();
        }
    }

    private void moveTo(RegistrationStatus newStatus, LocalDateTime now) {
        if (status != newStatus) {
            queuedAt = now;
        }
        status = newStatus;
        updatedAt = now;
    }

    void speak(java.util.Locale locale) {
        this.language = se.samverka.platform.Messages.supported(locale).getLanguage();
    }

    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(language);
    }

    void touch(LocalDateTime now) {
        updatedAt = now;
    }

    /**
     * Whether the session belongs to this person's own programme: sessions other than workshops on
     * the days they attend, and the workshops where they have a seat. Nothing once withdrawn.
     */
    public boolean attends(Session session) {
        if (!isActive()) {
            return false;
        }
        if (session.getKind() == SessionKind.WORKSHOP) {
            return choice(session).map(WorkshopChoice::isSeated).orElse(false);
        }
        return days.contains(session.getStart().toLocalDate());
    }

    /** Whether this registration includes the day (whatever its status). */
    public boolean includesDay(LocalDate day) {
        return days.contains(day);
    }

    /** The titles of the workshops where this person has a seat, alphabetically. */
    public List<String> seatedWorkshopTitles() {
        return choices.stream().filter(WorkshopChoice::isSeated).map(choice -> choice.getSession().getTitle())
                .sorted().toList();
    }

    public Optional<WorkshopChoice> choice(Session session) {
        return choices.stream().filter(choice -> choice.getSession().equals(session)).findFirst();
    }

    private Set<LocalDate> allDays() {
        Set<LocalDate> all = new TreeSet<>();
        event.getDays().forEach(day -> all.add(day.getDate()));
        return all;
    }

    public boolean isActive() {
        return status.isActive();
    }

    public Event getEvent() {
        return event;
    }

    public Participant getParticipant() {
        return participant;
    }

    /** The days attended, in date order (the database hands the collection back in any order). */
    public SortedSet<LocalDate> getDays() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(days));
    }

    public List<WorkshopChoice> getChoices() {
        return Collections.unmodifiableList(choices);
    }

    public Map<Long, String> getAnswers() {
        return Collections.unmodifiableMap(answers);
    }

    public String getDietary() {
        return dietary;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public LocalDateTime getConsentPrivacyAt() {
        return consentPrivacyAt;
    }

    public boolean isConsentListed() {
        return consentListed;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Long getLineNumber() {
        return lineNumber;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }

    public String getManageToken() {
        return manageToken;
    }

    public String getCheckInCode() {
        return checkInCode;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }
}
