package se.samverka.survey;

/** The kinds of evaluation question: a rating 1–5, one choice, several choices, free text. */
public enum AnswerKind {
    RATING, SINGLE, MULTI, TEXT
}
