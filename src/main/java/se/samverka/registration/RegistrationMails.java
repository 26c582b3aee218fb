package se.samverka.registration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.samverka.event.Event;
import se.samverka.mail.Mail;
import se.samverka.mail.MailService;
import se.samverka.platform.Messages;
import se.samverka.platform.PublicAddress;
import se.samverka.program.ProgramCalendar;
import se.samverka.program.ProgramService;
import se.samverka.program.Session;

/**
 * The mails a registration sends, in the participant's language: confirmation (with their own
 * programme as an .ics file and their private link), moving up from a waiting list, approval
 * decisions, changes, cancellation, and the link again. They are queued in the caller's
 * transaction and sent after it commits (see {@link MailService}).
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
        send(registration, "mail.registration." + registration.getStatus().name().toLowerCase(Locale.ROOT), true);
    }

    void approved(Registration registration) {
        registered(registration);
    }

    void changed(Registration registration) {
        send(registration, "mail.registration.changed", true);
    }

    void cancelled(Registration registration) {
        send(registration, "mail.registration.cancelled", false);
    }

    void declined(Registration registration) {
        send(registration, "mail.registration.declined", false);
    }

    void promoted(Collection<Registration> registrations) {
        registrations.forEach(registration -> send(registration, "mail.registration.promoted", true));
    }

    void link(Registration registration) {
        send(registration, "mail.registration.link", false);
    }

    private void send(Registration registration, String kind, boolean withProgramme) {
        Locale locale = registration.locale();
        Event event = registration.getEvent();
        String text = Messages.format(locale, kind + ".text", registration.getParticipant().getFirstName(),
                event.getTitle(), dates(event, locale), event.getVenue() == null ? "" : event.getVenue())
                + "\n\n" + summary(registration, locale)
                + "\n\n" + Messages.format(locale, "mail.registration.footer", manageLink(registration),
                        registration.getCheckInCode());
        Mail message = Mail.to(registration.getParticipant().getEmail())
                .subject(Messages.format(locale, kind + ".subject", event.getTitle()))
                .text(text)
                .reference("registration:" + registration.getId());
        if (withProgramme && registration.isActive()) {
            message = message.attach(event.getSlug() + ".ics", "text/calendar", calendar(registration, locale));
        }
        mail.queue(message);
    }

    private String summary(Registration registration, Locale locale) {
        StringBuilder text = new StringBuilder(Messages.format(locale, "mail.registration.status",
                Messages.text(locale, "registration.status." + registration.getStatus())));
        for (WorkshopChoice choice : registration.getChoices()) {
            text.append('\n').append(Messages.format(locale, "mail.registration.workshop." + choice.getStatus(),
                    choice.getSession().getTitle()));
        }
        return text.toString();
    }

    private byte[] calendar(Registration registration, Locale locale) {
        List<Session> own = program.sessions(registration.getEvent().getId()).stream()
                .filter(registration::attends).collect(Collectors.toList());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProgramCalendar().write(registration.getEvent(), own, locale, out);
        return out.toByteArray();
    }

    private String manageLink(Registration registration) {
        return address.at("r", registration.getManageToken()).toString();
    }

    private static String dates(Event event, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return event.getStartDate().equals(event.getEndDate()) ? format.format(event.getStartDate())
                : format.format(event.getStartDate()) + " – " + format.format(event.getEndDate());
    }
}
