package se.samverka.registration;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.samverka.event.Event;
import se.samverka.event.EventContact;
import se.samverka.event.EventDay;
import se.samverka.platform.Messages;
import se.samverka.program.Session;

/**
 * The words of one mail about a registration, in the participant's language, as paragraphs: what happened,
 * where the registration stands (and each workshop: seated, in that workshop's line, or only requested while
 * the registration itself waits), the person's programme for a reminder, the private link and check-in code
 * while they still mean something, and the organiser's contact. No database and no clock: tests read it as is.
 */
final class RegistrationLetter {

    /** What the mail is about; each has its subject and opening in the bundle under mail.registration.{key}. */
    enum Kind {
        CONFIRMED("confirmed"), WAITLISTED("waitlisted"), PENDING("pending"), CHANGED("changed"),
        CANCELLED("cancelled"), CANCELLED_BY_ORGANISER("cancelledByOrganiser"), DECLINED("declined"),
        PROMOTED("promoted"), PROMOTED_TO_WORKSHOP("promotedToWorkshop"), LINK("link"), REMINDER("reminder");

        final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The kind stored with a mail draft by its key ("promotedToWorkshop"). */
        static Optional<Kind> byKey(String key) {
            return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
        }

        /** Whether the mail carries the person's programme as a calendar file (while the registration is active). */
        boolean withProgramme() {
            return switch (this) {
                case CONFIRMED, WAITLISTED, PENDING, CHANGED, PROMOTED, PROMOTED_TO_WORKSHOP -> true;
                default -> false;
            };
        }

        /** The first mail after registering or being approved: what the status says. */
        static Kind of(RegistrationStatus status) {
            return switch (status) {
                case CONFIRMED -> CONFIRMED;
                case WAITLISTED -> WAITLISTED;
                case PENDING -> PENDING;
                case CANCELLED -> CANCELLED;
                case DECLINED -> DECLINED;
            };
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Kind kind;
    private final Registration registration;
    private final Locale locale;
    private final String manageLink;
    private final List<Session> workshops;
    private final List<Session> programme;

    /**
     * @param workshops the workshops the person just got a seat in (for {@link Kind#PROMOTED_TO_WORKSHOP})
     * @param programme the person's own sessions (for {@link Kind#REMINDER}), any order
     */
    RegistrationLetter(Kind kind, Registration registration, String manageLink, List<Session> workshops,
            List<Session> programme) {
        this.kind = kind;
        this.registration = registration;
        this.locale = registration.locale();
        this.manageLink = manageLink;
        this.workshops = List.copyOf(workshops);
        this.programme = programme.stream().sorted(Comparator.comparing(Session::getStart)).toList();
    }

    String subject() {
        return Messages.format(locale, "mail.registration." + kind.key + ".subject", event().getTitle());
    }

    /** The plain text: paragraphs separated by blank lines. */
    String text() {
        List<String> paragraphs = new ArrayList<>();
        Event event = event();
        String venue = event.getVenue() == null || event.getVenue().isBlank() ? "" : ", " + event.getVenue().strip();
        paragraphs.add(Messages.format(locale, "mail.registration." + kind.key + ".text",
                registration.getParticipant().getFirstName(), event.getTitle(), dates(event, locale), venue,
                String.join(", ", workshops.stream().map(Session::getTitle).toList())));
        paragraphs.add(summary());
        if (kind == Kind.REMINDER) {
            paragraphs.add(programmeText());
        }
        List<String> own = new ArrayList<>();
        if (registration.isActive()) {
            own.add(Messages.format(locale, "mail.registration.manage", manageLink));
        }
        if (registration.getStatus() == RegistrationStatus.CONFIRMED) {
            own.add(Messages.format(locale, "mail.registration.checkInCode", registration.getCheckInCode()));
        }
        if (!own.isEmpty()) {
            paragraphs.add(String.join("\n", own));
        }
        EventContact.line(event, locale).ifPresent(paragraphs::add);
        paragraphs.add(Messages.text(locale, "mail.registration.sentBy"));
        return String.join("\n\n", paragraphs);
    }

    private String summary() {
        StringBuilder text = new StringBuilder(Messages.format(locale, "mail.registration.status",
                Messages.text(locale, "registration.status." + registration.getStatus())));
        for (WorkshopChoice choice : registration.getChoices()) {
            text.append('\n').append(Messages.format(locale, "mail.registration.workshop." + standing(choice),
                    choice.getSession().getTitle()));
        }
        return text.toString();
    }

    /**
     * Seated, or in the workshop's own line: only a confirmed registration competes for workshop seats. While
     * the registration waits for approval or for an event seat, its workshops are requested, not waitlisted.
     */
    private String standing(WorkshopChoice choice) {
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            return "REQUESTED";
        }
        return choice.getStatus().name();
    }

    /** The days the person comes, in date order, each with its hours and their own sessions; then the venue. */
    private String programmeText() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        StringBuilder text = new StringBuilder(Messages.text(locale, "mail.registration.programme"));
        for (LocalDate date : registration.getDays()) {
            Optional<EventDay> hours = event().day(date);
            text.append('\n').append(hours.map(h -> Messages.format(locale, "mail.registration.programme.day",
                    day.format(date), TIME.format(h.getStartsAt()), TIME.format(h.getEndsAt()))).orElse(day.format(date)));
            for (Session session : programme) {
                if (session.getStart().toLocalDate().equals(date)) {
                    String title = session.getRoom() == null ? session.getTitle()
                            : session.getTitle() + " (" + session.getRoom().getName() + ")";
                    text.append("\n  ").append(Messages.format(locale, "mail.registration.programme.session",
                            TIME.format(session.getStart()), TIME.format(session.getEnd()), title));
                }
            }
        }
        if (event().getVenue() != null && !event().getVenue().isBlank()) {
            text.append('\n').append(Messages.format(locale, "mail.registration.venue", event().getVenue().strip()));
        }
        return text.toString();
    }

    private Event event() {
        return registration.getEvent();
    }

    static String dates(Event event, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return event.getStartDate().equals(event.getEndDate()) ? format.format(event.getStartDate())
                : format.format(event.getStartDate()) + " – " + format.format(event.getEndDate());
    }
}
