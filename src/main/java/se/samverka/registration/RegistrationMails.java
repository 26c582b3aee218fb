package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.mail.Mail;
import se.samverka.mail.MailDraft;
import se.samverka.mail.MailDraftWriter;
import se.samverka.mail.MailHtml;
import se.samverka.mail.MailService;
import se.samverka.platform.PublicAddress;
import se.samverka.program.ProgramCalendar;
import se.samverka.program.Session;
import se.samverka.registration.RegistrationLetter.Kind;

/**
 * The mails a registration sends, in the participant's language: confirmation (with their own
 * programme as an .ics file and their private link), moving up from a waiting list (to the event or
 * to a workshop), approval decisions, changes, cancellation (by the person or by the organiser), the link
 * again, and the reminder before the event. The words are {@link RegistrationLetter}'s; each mail has the
 * same text as HTML too.
 *
 * <p>It listens to {@link RegistrationNews} inside the transaction that made the news and queues only a small
 * draft there (recipient, reference {@code registration:{id}}, the {@link Kind} decided then, and the workshops
 * for a promotion); the outbox has it {@linkplain #write written} from the registration as it is at delivery,
 * after the commit (see {@link MailService}). The reminder is still queued written.
 */
@ApplicationScoped
class RegistrationMails implements MailDraftWriter {

    private static final String KIND_PREFIX = "registration.";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailService mail;

    @Inject
    PublicAddress address;

    @Inject
    ProgrammesOfRound programmes;

    @Inject
    RegistrationDirectory directory;

    void on(@Observes RegistrationNews news) {
        Registration registration = em.find(Registration.class, news.registrationId());
        if (registration == null) {
            return;
        }
        if (news instanceof RegistrationNews.Registered || news instanceof RegistrationNews.Approved) {
            queue(registration, Kind.of(registration.getStatus()), null);
        } else if (news instanceof RegistrationNews.Changed) {
            queue(registration, Kind.CHANGED, null);
        } else if (news instanceof RegistrationNews.Cancelled cancelled) {
            queue(registration, cancelled.byOrganiser() ? Kind.CANCELLED_BY_ORGANISER : Kind.CANCELLED, null);
        } else if (news instanceof RegistrationNews.Declined) {
            queue(registration, Kind.DECLINED, null);
        } else if (news instanceof RegistrationNews.LinkRequested) {
            queue(registration, Kind.LINK, null);
        } else if (news instanceof RegistrationNews.Promoted promoted) {
            queue(registration, promoted.toEvent() ? Kind.PROMOTED : Kind.PROMOTED_TO_WORKSHOP,
                    promoted.toEvent() ? null : promoted.workshopIds().stream().map(String::valueOf)
                            .collect(Collectors.joining(",")));
        }
    }

    private void queue(Registration registration, Kind kind, String workshopIds) {
        mail.queue(new MailDraft(registration.getParticipant().getEmail(), KIND_PREFIX + kind.key,
                registration.getId(), workshopIds, reference(registration.getId())));
    }

    static String reference(Long registrationId) {
        return "registration:" + registrationId;
    }

    @Override
    public boolean writes(String kind) {
        return kind.startsWith(KIND_PREFIX) && Kind.byKey(kind.substring(KIND_PREFIX.length())).isPresent();
    }

    /**
     * Reads the round's registrations with their days, workshop choices and answers in four statements, so that
     * {@link #write} finds them in the persistence context instead of reading four times a mail.
     */
    @Override
    public void prepare(List<MailDraft> drafts) {
        directory.withDetails(drafts.stream().map(MailDraft::subjectId).distinct().toList());
    }

    /**
     * The mail of a draft, from the registration as it is now but saying what happened then (the kind decided
     * when it was queued); nothing for a registration that is gone or anonymised.
     */
    @Override
    public Optional<Mail> write(MailDraft draft) {
        Registration registration = em.find(Registration.class, draft.subjectId());
        if (registration == null || registration.isAnonymised()) {
            return Optional.empty();
        }
        Kind kind = Kind.byKey(draft.kind().substring(KIND_PREFIX.length())).orElseThrow();
        List<Session> workshops = draft.detail() == null || draft.detail().isBlank() ? List.of()
                : Arrays.stream(draft.detail().split(",")).map(id -> em.find(Session.class, Long.valueOf(id.strip())))
                        .filter(Objects::nonNull).toList();
        RegistrationLetter letter = new RegistrationLetter(kind, registration, manageLink(registration), workshops,
                List.of());
        Mail message = mail(registration, letter).reference(draft.reference());
        if (kind.withProgramme() && registration.isActive()) {
            List<Session> own = ownProgramme(registration);
            message = message.attach(registration.getEvent().getSlug() + ".ics", "text/calendar",
                    programmes.calendar(calendarKey(registration, own), () -> calendar(registration, own)));
        }
        return Optional.of(message);
    }

    /**
     * The automatic reminder before the event, with the person's programme picked from the event's
     * {@code sessions}; referenced "reminder:{eventId}".
     */
    void reminder(Registration registration, List<Session> sessions) {
        List<Session> own = sessions.stream().filter(registration::attends).toList();
        RegistrationLetter letter = new RegistrationLetter(Kind.REMINDER, registration, manageLink(registration),
                List.of(), own);
        mail.queue(mail(registration, letter)
                .attach(registration.getEvent().getSlug() + ".ics", ProgramCalendar.MEDIA_TYPE,
                        calendar(registration, own))
                .reference(reminderReference(registration.getEvent().getId())));
    }

    /** The outbox reference of an event's reminders: one per confirmed participant. */
    static String reminderReference(Long eventId) {
        return "reminder:" + eventId;
    }

    private static Mail mail(Registration registration, RegistrationLetter letter) {
        String text = letter.text();
        return Mail.to(registration.getParticipant().getEmail())
                .subject(letter.subject())
                .text(text)
                .html(MailHtml.of(text));
    }

    private List<Session> ownProgramme(Registration registration) {
        return programmes.of(registration.getEvent().getId()).stream().filter(registration::attends).toList();
    }

    /** What {@link #calendar} writes from: the event, the language and the sessions, or with none the days. */
    private static String calendarKey(Registration registration, List<Session> own) {
        return registration.getEvent().getId() + "|" + registration.locale().toLanguageTag() + "|"
                + (own.isEmpty() ? "days " + registration.getDays()
                        : "sessions " + own.stream().map(Session::getId).toList());
    }

    /** The person's own sessions; with none in the programme yet, the days they come. */
    private static byte[] calendar(Registration registration, List<Session> own) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Event event = registration.getEvent();
        if (own.isEmpty()) {
            List<EventDay> days = event.getDays().stream().filter(day -> registration.includesDay(day.getDate()))
                    .toList();
            new ProgramCalendar().writeDays(event, days, registration.locale(), out);
        } else {
            new ProgramCalendar().write(event, own, registration.locale(), out);
        }
        return out.toByteArray();
    }

    private String manageLink(Registration registration) {
        return address.at("r", registration.getManageToken()).toString();
    }
}
