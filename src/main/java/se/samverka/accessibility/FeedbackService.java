package se.samverka.accessibility;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import se.samverka.mail.Mail;
import se.samverka.mail.MailService;
import se.samverka.platform.Installation;
import se.samverka.platform.Messages;

/**
 * Sends accessibility feedback to the installation's contact ({@code samverka.accessibility.contact-email}, else
 * {@code samverka.privacy.contact-email}) through the outbox: stored with the caller's transaction, delivered and
 * retried by the mail package. Nothing else is stored: the mail is the record.
 */
@ApplicationScoped
public class FeedbackService {

    /** The outbox reference of these mails (the organisers' list of outgoing mail shows it). */
    public static final String REFERENCE = "accessibility-feedback";

    @Inject
    MailService mails;

    /**
     * Queues the feedback as a mail to the contact, in Swedish (the installation's language), saying which language
     * the sender used. Refuses invalid feedback, and any when no contact is configured.
     */
    @Transactional
    public void send(AccessibilityFeedback feedback, Locale senderLanguage) {
        send(feedback, senderLanguage, Installation.configured());
    }

    void send(AccessibilityFeedback feedback, Locale senderLanguage, Installation installation) {
        feedback.validated();
        if (!installation.acceptsFeedback()) {
            throw new FeedbackUnavailableException();
        }
        mails.queue(mail(feedback, senderLanguage, installation.accessibilityEmail()));
    }

    /** The mail to the contact: who wrote (as far as they said), which page, in which language, and what. */
    static Mail mail(AccessibilityFeedback feedback, Locale senderLanguage, String to) {
        Locale sv = Messages.DEFAULT_LOCALE;
        String none = Messages.text(sv, "accessibility.feedback.mail.notGiven");
        String text = Messages.format(sv, "accessibility.feedback.mail.text",
                feedback.page().isEmpty() ? none : feedback.page(),
                feedback.name().isEmpty() ? none : feedback.name(),
                feedback.email().isEmpty() ? none : feedback.email(),
                Messages.supported(senderLanguage).getDisplayLanguage(sv),
                feedback.description());
        return Mail.to(to).subject(Messages.text(sv, "accessibility.feedback.mail.subject")).text(text)
                .reference(REFERENCE);
    }
}
