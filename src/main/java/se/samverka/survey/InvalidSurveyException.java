package se.samverka.survey;

import java.util.Locale;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;

/**
 * A survey that cannot be saved as written: no questions, a question without text, bad options, odd times. A
 * refusal about one question names it by its number (and its field by its place: {@code questions[2].options}).
 */
public class InvalidSurveyException extends DomainException {

    private final transient Object[] arguments;
    private final Integer questionNumber;

    public InvalidSurveyException(String field, String messageKey, Object... arguments) {
        this(null, field, messageKey, arguments);
    }

    private InvalidSurveyException(Integer questionNumber, String field, String messageKey, Object... arguments) {
        super(Kind.INVALID, field, messageKey, arguments);
        this.arguments = arguments;
        this.questionNumber = questionNumber;
    }

    /** The same refusal about the question at this place in the list (0 = the first). */
    InvalidSurveyException inQuestion(int index) {
        return new InvalidSurveyException(index + 1, "questions[" + index + "]." + field(), messageKey(), arguments);
    }

    @Override
    public String localizedMessage(Locale locale) {
        String message = super.localizedMessage(locale);
        return questionNumber == null ? message : Messages.format(locale, "survey.error.inQuestion", questionNumber, message);
    }
}
