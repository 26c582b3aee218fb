package se.samverka.certificate;

import se.samverka.platform.DomainException;

/** A certificate setting or request that breaks the rules. */
public class InvalidCertificateException extends DomainException {

    public InvalidCertificateException(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
