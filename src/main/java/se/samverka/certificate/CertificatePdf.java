package se.samverka.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import se.samverka.documents.CertificateDocument;
import se.samverka.event.EventLogoService;
import se.samverka.platform.PublicAddress;
import se.samverka.registration.Registration;

/** Prints certificates: as issued (their own copy of what they say), or a preview before issuing. */
@ApplicationScoped
@Transactional
public class CertificatePdf {

    @Inject
    CertificateService certificates;

    @Inject
    EventLogoService logos;

    @Inject
    PublicAddress address;

    @Inject
    Clock clock;

    /** The certificate in its own language (the participant's), or in {@code language} when one is asked for. */
    public void write(Certificate certificate, Locale language, OutputStream out) {
        CertificatePolicy policy = certificate.getEventId() == null ? null : certificates.policy(certificate.getEventId());
        byte[] logo = certificate.getEventId() == null ? null : logos.content(certificate.getEventId());
        Locale locale = language != null ? language : Locale.forLanguageTag(certificate.getLanguage());
        new CertificateDocument(locale).write(new CertificateDocument.Content(
                certificate.getKind() == CertificateKind.CONTRIBUTION, certificate.getHolderName(), null,
                certificate.getEventTitle(), certificate.getFirstDay(), certificate.getLastDay(), certificate.getVenue(),
                certificate.sessionLines(), Qualification.hours(certificate.getMinutes()), certificate.getIssuerName(),
                certificate.getIssuerTitle(), policy == null ? null : policy.getSignature(), logo, certificate.getCode(),
                verifyUrl(certificate.getCode()), certificate.getIssuedAt().toLocalDate(), false), out);
    }

    /** What a participant's certificate would say if issued now, marked as a preview, with no real code. */
    public void preview(Registration registration, Locale locale, OutputStream out) {
        Qualification qualification = certificates.qualification(registration);
        CertificatePolicy policy = certificates.policy(registration.getEvent().getId());
        var event = registration.getEvent();
        new CertificateDocument(locale).write(new CertificateDocument.Content(false,
                registration.getParticipant().fullName(), registration.getParticipant().getOrganisation(), event.getTitle(),
                event.getStartDate(), event.getEndDate(), event.getVenue(),
                qualification.attended().stream().map(CertificateService::line).toList(),
                Qualification.hours(qualification.minutes()), policy.getIssuerName(), policy.getIssuerTitle(),
                policy.getSignature(), logos.content(event.getId()), "XXXX-XXXX-XXXX", verifyUrl("XXXX-XXXX-XXXX"),
                LocalDate.now(clock), true), out);
    }

    public String verifyUrl(String code) {
        return address.at("verify", code).toString();
    }
}
