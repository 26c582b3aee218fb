package se.samverka.survey;

/** One answer as the results see it: to which question, from which group (the respondent's sector), what. */
public record AnswerRow(long questionId, ResultGroup group, String value) {
}
