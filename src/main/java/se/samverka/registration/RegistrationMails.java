package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.List;
import se.samverka.event.Event;
import se.samverka.event.EventDay;
import se.samverka.mail.Mail;
import se.samverka.mail.MailHtml;
import se.samverka.mail.MailService;
import se.samverka.platform.PublicAddress;
import se.samverka.program.ProgramCalendar;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;
import se.samverka.registration.RegistrationLetter.Kind;

/**
 * The mails a registration sends, in the participant's language: confirmation (with their own
 * programme as an .ics file and their private link), moving up from a waiting list (to the event or
 * to a workshop), approval decisions, changes, cancellation (by the person or by the organiser), the link
 * again, and the reminder before the event. The words are {@link RegistrationLetter}'s; each mail has the
 * same text as HTML too. They are queued in the caller's transaction and sent after it commits (see
 * {@link MailService}).
 */
@ApplicationScoped
class RegistrationMails {

    @Inject
    MailService mail;

    @Inject
    ProgramService program;

    @Inject
    PublicAddress address;

    void registered(Registration registration) {
        send(registration, Kind.of(registration.getStatus()), List.of(), true);
    }

    void approved(Registration registration) {
        registered(registration);
    }

    void changed(Registration registration) {
        send(registration, Kind.CHANGED, List.of(), true);
    }

    /** The person cancelled their own registration. */
    void cancelled(Registration registration) {
        send(registration, Kind.CANCELLED, List.of(), false);
    }

    /** The organiser cancelled the registration. */
    void cancelledByOrganiser(Registration registration) {
        send(registration, Kind.CANCELLED_BY_ORGANISER, List.of(), false);
    }

    void declined(Registration registration) {
        send(registration, Kind.DECLINED, List.of(), false);
    }

    /** One mail per registration that moved up: an event seat, or else a seat in the named workshops. */
    void promoted(List<Promotion> promotions) {
        for (Promotion promotion : promotions) {
            if (promotion.toEvent()) {
                send(promotion.registration(), Kind.PROMOTED, List.of(), true);
            } else {
                send(promotion.registration(), Kind.PROMOTED_TO_WORKSHOP, promotion.workshops(), true);
            }
        }
    }

    void link(Registration registration) {
        send(registration, Kind.LINK, List.of(), false);
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

    private void send(Registration registration, Kind kind, List<Session> workshops, boolean withProgramme) {
        RegistrationLetter letter = new RegistrationLetter(kind, registration, manageLink(registration), workshops,
                List.of());
        Mail message = mail(registration, letter).reference("registration:" + registration.getId());
        if (withProgramme && registration.isActive()) {
            message = message.attach(registration.getEvent().getSlug() + ".ics", "text/calendar",
                    calendar(registration, ownProgramme(registration)));
        }
        mail.queue(message);
    }

    private static Mail mail(Registration registration, RegistrationLetter letter) {
        String text = letter.text();
        return Mail.to(registration.getParticipant().getEmail())
                .subject(letter.subject())
                .text(text)
                .html(MailHtml.of(text));
    }

    private List<Session> ownProgramme(Registration registration) {
        return program.sessions(registration.getEvent().getId()).stream().filter(registration::attends).toList();
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
