package se.samverka.certificate;

/** What a certificate certifies. */
public enum CertificateKind {
    /** A participant attended (intyg om deltagande). */
    ATTENDANCE,
    /** A speaker contributed sessions to the programme (intyg för medverkan). */
    CONTRIBUTION
}
