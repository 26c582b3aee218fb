package se.samverka.messages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samverka.event.Event;
import se.samverka.event.EventContact;
import se.samverka.event.EventService;
import se.samverka.mail.Mail;
import se.samverka.mail.MailHtml;
import se.samverka.mail.MailService;
import se.samverka.mail.MailStatus;
import se.samverka.participants.ParticipantDirectory;
import se.samverka.participants.ParticipantOrder;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;
import se.samverka.platform.NotFoundException;
import se.samverka.platform.PublicAddress;
import se.samverka.program.ProgramService;
import se.samverka.registration.Participant;
import se.samverka.registration.Registration;
import se.samverka.registration.SectorService;

/**
 * An organiser writes to an event's participants, or a group of them: each recipient gets their own mail with the
 * placeholders filled in and the event's contact below, through the outbox (its retries and transports), all
 * queued in the same transaction as the message itself, so a message is either sent to the whole group or not.
 */
@ApplicationScoped
@Transactional
public class MessageService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    ParticipantDirectory directory;

    @Inject
    MailService mails;

    @Inject
    PublicAddress address;

    @Inject
    SectorService sectors;

    @Inject
    ProgramService program;

    @Inject
    Clock clock;

    /** Sends the message to everyone the filter lets through; refuses when that is nobody. */
    public EventMessage send(Long eventId, MessageDraft draft, String by, Locale organiserLocale) {
        MessageDraft checked = draft.checked();
        Event event = events.get(eventId);
        List<Recipient> recipients = recipients(eventId, checked.filter());
        if (recipients.isEmpty()) {
            throw new InvalidMessageException("filter", "messages.error.nobody");
        }
        EventMessage message = new EventMessage(event, checked.subject(), checked.body(),
                audience(eventId, checked.filter(), organiserLocale), recipients.size(), by,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
        em.persist(message);
        em.flush();
        for (Recipient recipient : recipients) {
            String text = text(event, checked.body(), recipient);
            mails.queue(Mail.to(recipient.email())
                    .subject(Placeholders.fill(checked.subject(), recipient.values(event)))
                    .text(text)
                    .html(MailHtml.of(text))
                    .reference(message.reference()));
        }
        return message;
    }

    /** How many the filter reaches, and the message as the first of them (or {@code registrationId}) gets it. */
    public Preview preview(Long eventId, MessageDraft draft, Locale organiserLocale) {
        MessageDraft checked = draft.checked();
        Event event = events.get(eventId);
        List<Recipient> recipients = recipients(eventId, checked.filter());
        if (recipients.isEmpty()) {
            return new Preview(0, null, null, null, null);
        }
        Recipient first = recipients.get(0);
        return new Preview(recipients.size(), first.name(), first.email(),
                Placeholders.fill(checked.subject(), first.values(event)),
                text(event, checked.body(), first).replace(first.manageLink(), Messages.text(
                        organiserLocale, "messages.preview.privateLink")));
    }

    /** The event's messages, newest first, each with its mails counted by where they stand in the outbox. */
    public List<SentMessage> sent(Long eventId) {
        events.get(eventId);
        List<EventMessage> messages = em.createQuery("select m from EventMessage m where m.event.id = :event"
                        + " order by m.sentAt desc, m.id desc", EventMessage.class)
                .setParameter("event", eventId).getResultList();
        Map<String, Map<MailStatus, Long>> counts = mails.statusCounts(
                messages.stream().map(EventMessage::reference).toList());
        return messages.stream().map(m -> SentMessage.of(m, counts.getOrDefault(m.reference(), Map.of()))).toList();
    }

    private List<Recipient> recipients(Long eventId, MessageFilter filter) {
        if (filter.workshop() != null) {
            try {
                program.get(eventId, filter.workshop());
            } catch (NotFoundException e) {
                throw new InvalidMessageException("filter.workshop", "messages.error.unknownWorkshop",
                        filter.workshop());
            }
        }
        if (filter.sector() != null) {
            try {
                sectors.byCode(filter.sector());
            } catch (DomainException e) {
                throw new InvalidMessageException("filter.sector", "messages.error.unknownSector", filter.sector());
            }
        }
        List<Recipient> all = new ArrayList<>();
        directory.all(eventId, filter.toParticipantFilter(), ParticipantOrder.NAME, this::recipient)
                .forEachRemaining(all::add);
        return all;
    }

    private Recipient recipient(Registration registration) {
        Participant who = registration.getParticipant();
        return new Recipient(who.getEmail(), who.getFirstName(), who.getLastName(),
                address.at("r", registration.getManageToken()).toString(), registration.locale());
    }

    /** The body filled in for the recipient, then the event's contact in their language. */
    private static String text(Event event, String body, Recipient recipient) {
        StringBuilder text = new StringBuilder(Placeholders.fill(body, recipient.values(event)));
        text.append("\n\n-- \n").append(Messages.format(recipient.locale(), "messages.footer.event", event.getTitle()));
        EventContact.line(event, recipient.locale()).ifPresent(contact -> text.append('\n').append(contact));
        return text.toString();
    }

    /** The group in words, for the list of sent messages. */
    private String audience(Long eventId, MessageFilter filter, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (filter.ids() != null && !filter.ids().isEmpty()) {
            parts.add(Messages.format(locale, "messages.audience.selection", filter.ids().size()));
        }
        if (filter.sector() != null) {
            parts.add(sectors.byCode(filter.sector()).name(locale));
        }
        if (filter.status() != null) {
            parts.add(Messages.text(locale, "registration.status." + filter.status()));
        }
        if (filter.workshop() != null) {
            parts.add(program.get(eventId, filter.workshop()).getTitle());
        }
        if (filter.day() != null) {
            parts.add(filter.day().toString());
        }
        return parts.isEmpty() ? Messages.text(locale, "messages.audience.everyone") : String.join(" · ", parts);
    }

    /** One recipient as the placeholders need them. */
    record Recipient(String email, String firstName, String lastName, String manageLink, Locale locale) {
        Map<String, String> values(Event event) {
            return Map.of("firstName", firstName, "lastName", lastName, "event", event.getTitle(),
                    "manageLink", manageLink);
        }

        String name() {
            return firstName + " " + lastName;
        }
    }

    /** What a message would look like: to how many, and as its first recipient reads it (their link masked). */
    public record Preview(int recipients, String name, String email, String subject, String text)
            implements java.io.Serializable {
    }
}
