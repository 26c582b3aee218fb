package se.samverka.survey;

import se.samverka.platform.DomainException;

/**
 * An answer that cannot be taken: to no question of the survey, to a question not put to this person, or a value
 * the question does not allow. The field is {@code answers.{questionId}}, and the message names the question.
 */
public class InvalidAnswerException extends DomainException {

    public InvalidAnswerException(Long questionId, String messageKey, Object... arguments) {
        super(Kind.INVALID, "answers." + questionId, messageKey, arguments);
    }
}
