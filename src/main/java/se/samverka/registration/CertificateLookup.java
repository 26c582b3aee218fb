package se.samverka.registration;

import java.util.Optional;

/**
 * The code of the certificate issued for a registration, for the participant's own view. The certificate
 * feature implements it (it knows registrations; registrations do not know it), so there may be none.
 */
public interface CertificateLookup {

    Optional<String> codeFor(Long registrationId);
}
