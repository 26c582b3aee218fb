package se.samverka.survey;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import se.samverka.platform.DomainException;

/** The survey does not take answers yet; the message says when it opens. */
public class SurveyNotOpenException extends DomainException {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public SurveyNotOpenException(LocalDateTime opens) {
        super(Kind.CONFLICT, null, "survey.error.notOpenYet", opens.format(SHOWN));
    }

    @Override
    public String problemType() {
        return "tag:samverka.se,2026:survey/not-open-yet";
    }
}
