package se.samverka.participants;

import se.samverka.platform.DomainException;

/** A list, export or document was asked for with a filter that makes no sense (400). */
public class InvalidListRequest extends DomainException {

    private static final long serialVersionUID = 1L;

    public InvalidListRequest(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
