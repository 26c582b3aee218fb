package se.samverka.survey;

import se.samverka.platform.DomainException;

/** A results or export request with a parameter that means nothing (e.g. {@code ?by=colour}): 400. */
public class InvalidResultsRequest extends DomainException {

    public InvalidResultsRequest(String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
    }
}
