package se.samverka.accessibility;

import se.samverka.platform.DomainException;

/** The installation has no contact address configured, so feedback has nowhere to go. */
public class FeedbackUnavailableException extends DomainException {

    public FeedbackUnavailableException() {
        super(Kind.CONFLICT, "accessibility.feedback.error.unavailable");
    }
}
