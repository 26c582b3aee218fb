package se.samverka.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import se.samverka.event.EventContact;
import se.samverka.mail.Mail;
import se.samverka.mail.MailService;
import se.samverka.platform.Messages;
import se.samverka.registration.Registration;

/**
 * Mails participants their certificate (the PDF attached, and the address where anyone can check it), one
 * certificate per transaction so that a long run keeps what it has done; each certificate is mailed once.
 */
@ApplicationScoped
public class CertificateMailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    CertificatePdf pdf;

    @Inject
    MailService mails;

    @Inject
    Clock clock;

    /** The event's valid certificates of attendance not mailed yet, whose holder is still registered. */
    @Transactional
    public List<Long> unmailed(Long eventId) {
        return em.createQuery("select c.id from Certificate c where c.eventId = :event and c.kind = :kind"
                        + " and c.revokedAt is null and c.mailedAt is null and c.registrationId is not null"
                        + " order by c.holderName, c.id", Long.class)
                .setParameter("event", eventId).setParameter("kind", CertificateKind.ATTENDANCE).getResultList();
    }

    /**
     * Queues the mail for one certificate; false when there is nobody to send it to any more, or it was mailed
     * meanwhile. The certificate's row stays locked until the mail is queued: two runs at once (one on each instance
     * of a cluster, each of which found it unmailed) then mail it once, the second finding it mailed.
     */
    @Transactional
    public boolean mail(Long certificateId) {
        Certificate certificate = em.find(Certificate.class, certificateId, LockModeType.PESSIMISTIC_WRITE);
        Registration holder = certificate == null || certificate.getRegistrationId() == null ? null
                : em.find(Registration.class, certificate.getRegistrationId());
        if (holder == null || certificate.getMailedAt() != null || certificate.isRevoked()) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(certificate.getLanguage());
        ByteArrayOutputStream document = new ByteArrayOutputStream();
        pdf.write(certificate, null, document);
        mails.queue(Mail.to(holder.getParticipant().getEmail())
                .subject(Messages.format(locale, "certificate.mail.subject", certificate.getEventTitle()))
                .text(Messages.format(locale, "certificate.mail.text", holder.getParticipant().getFirstName(),
                        certificate.getEventTitle(), pdf.verifyUrl(certificate.getCode()), certificate.getCode())
                        + EventContact.line(holder.getEvent(), locale).map(contact -> "\n\n" + contact).orElse(""))
                .attach(CertificatePdfMedia.fileName(certificate), CertificatePdfMedia.PDF, document.toByteArray())
                .reference("certificate:" + certificate.getId()));
        certificate.mailed(LocalDateTime.now(clock));
        return true;
    }
}
