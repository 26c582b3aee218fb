package se.samverka.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import se.samverka.event.Event;
import se.samverka.event.EventContact;
import se.samverka.mail.Mail;
import se.samverka.mail.MailHtml;
import se.samverka.mail.MailService;
import se.samverka.platform.Messages;
import se.samverka.platform.PublicAddress;
import se.samverka.registration.Registration;

/**
 * The organiser reminds everyone asked who has not answered yet: one mail each through the outbox, in the
 * person's language, with their private link (their page carries the survey), all queued in one transaction with
 * the survey's "reminded" time, so that either everyone is reminded or no one. The survey row is locked meanwhile,
 * so two organisers pressing at once remind each person once per press, never half a list.
 */
@ApplicationScoped
@Transactional
public class SurveyReminders {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    SurveyResults results;

    @Inject
    MailService mails;

    @Inject
    PublicAddress address;

    /** Queues the reminders; returns how many. 404 without a survey, 409 when it is not open. */
    public int remind(Long eventId) {
        Survey survey = em.find(Survey.class, results.survey(eventId).getId(), LockModeType.PESSIMISTIC_WRITE);
        LocalDateTime now = results.now();
        if (!SurveyResults.isOpen(survey, now)) {
            throw new SurveyNotOpenForReminders();
        }
        List<Registration> recipients = results.nonRespondents(survey);
        for (Registration registration : recipients) {
            Locale locale = registration.locale();
            String text = text(survey, registration, locale);
            mails.queue(Mail.to(registration.getParticipant().getEmail())
                    .subject(Messages.format(locale, "surveyResults.reminder.subject", survey.getEvent().getTitle()))
                    .text(text)
                    .html(MailHtml.of(text))
                    .reference(reference(eventId)));
        }
        if (!recipients.isEmpty()) {
            // the time only: what the survey does (open, close, answers) is the survey's own behaviour
            em.createQuery("update Survey s set s.remindedAt = :now, s.version = s.version + 1 where s.id = :id")
                    .setParameter("now", now.truncatedTo(ChronoUnit.SECONDS))
                    .setParameter("id", survey.getId())
                    .executeUpdate();
        }
        return recipients.size();
    }

    /** The outbox reference of an event's survey reminders. */
    public static String reference(Long eventId) {
        return "survey-reminder:" + eventId;
    }

    private String text(Survey survey, Registration registration, Locale locale) {
        Event event = survey.getEvent();
        LocalDateTime closes = survey.getClosesAt();
        StringBuilder text = new StringBuilder(Messages.format(locale, "surveyResults.reminder.text",
                registration.getParticipant().getFirstName(), event.getTitle(),
                address.at("r", registration.getManageToken()).toString(),
                closes.toLocalDate().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)),
                closes.format(TIME)));
        text.append("\n\n-- \n").append(Messages.format(locale, "surveyResults.reminder.footer", event.getTitle()));
        EventContact.line(event, locale).ifPresent(contact -> text.append('\n').append(contact));
        return text.toString();
    }
}
