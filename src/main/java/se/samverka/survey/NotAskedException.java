package se.samverka.survey;

import se.samverka.platform.DomainException;

/** The survey is for those with a confirmed place; this registration is not (any more, or not yet) one. */
public class NotAskedException extends DomainException {

    public NotAskedException() {
        super(Kind.FORBIDDEN, "survey.error.notAsked");
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:survey/not-asked";
    }
}
