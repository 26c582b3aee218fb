package se.samverka.certificate.web;

import java.io.Serializable;
import java.util.Locale;
import se.samverka.certificate.Certificate;
import se.samverka.certificate.CertificateService;
import se.samverka.certificate.Qualification;
import se.samverka.platform.Messages;
import se.samverka.registration.Participant;

/** One person on the certificates page: whether they qualify and why, their hours, their certificate. */
public record CandidateRow(Long registrationId, String name, String organisation, String sector, boolean qualifies,
        String reason, double hours, String code, boolean revoked) implements Serializable {

    static CandidateRow of(CertificateService.Candidate candidate, Locale locale) {
        Participant who = candidate.registration().getParticipant();
        Qualification qualification = candidate.qualification();
        return new CandidateRow(candidate.registration().getId(), who.fullName(), who.getOrganisation(),
                who.getSector().name(locale), qualification.qualifies(),
                Messages.format(locale, qualification.reasonKey(), qualification.reasonArguments().toArray()),
                Qualification.hours(qualification.minutes()),
                candidate.certificate().map(Certificate::getCode).orElse(null),
                candidate.certificate().map(Certificate::isRevoked).orElse(false));
    }
}
