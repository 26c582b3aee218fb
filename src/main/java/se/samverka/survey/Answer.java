package se.samverka.survey;

/**
 * A person's answer to one question, as given: {@code value} is of the question's kind (see
 * {@link SurveyQuestion#validate}): a whole number for RATING, a string for SINGLE and TEXT, a list of strings
 * for MULTI.
 */
public record Answer(Long questionId, Object value) {
}
