package se.samverka.certificate;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDateTime;

/**
 * What verification says about a certificate, and nothing more about the person: whether it is valid, whose it
 * is, for what event and dates ({@code first/last}), the hours, who issued it and when; a revoked one says so,
 * with the date.
 */
@JsonbNillable(false)
@JsonbPropertyOrder({"valid", "revoked", "revokedAt", "kind", "name", "event", "dates", "hours", "issuer", "issuedAt", "code"})
public record CertificateView(boolean valid, Boolean revoked, LocalDateTime revokedAt, CertificateKind kind, String name,
        String event, String dates, double hours, String issuer, LocalDateTime issuedAt, String code) {

    public static CertificateView of(Certificate certificate) {
        String issuer = certificate.getIssuerName() == null ? null : certificate.getIssuerTitle() == null
                ? certificate.getIssuerName() : certificate.getIssuerName() + ", " + certificate.getIssuerTitle();
        return new CertificateView(!certificate.isRevoked(), certificate.isRevoked() ? Boolean.TRUE : null,
                certificate.getRevokedAt(), certificate.getKind(), certificate.getHolderName(), certificate.getEventTitle(),
                certificate.getFirstDay() + "/" + certificate.getLastDay(), Qualification.hours(certificate.getMinutes()),
                issuer, certificate.getIssuedAt(), certificate.getCode());
    }
}
