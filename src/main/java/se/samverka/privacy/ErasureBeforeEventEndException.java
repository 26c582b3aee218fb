package se.samverka.privacy;

import se.samverka.platform.DomainException;

/**
 * A participant asked for erasure before their event's last day was over: until then the registration is still in
 * use, and cancelling it is the way (cancelling through the same private link; erasure is possible after the event).
 */
public class ErasureBeforeEventEndException extends DomainException {

    public ErasureBeforeEventEndException(java.time.LocalDate lastDay) {
        super(Kind.CONFLICT, "privacy.error.cancelInstead", lastDay);
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:privacy/cancel-instead";
    }
}
