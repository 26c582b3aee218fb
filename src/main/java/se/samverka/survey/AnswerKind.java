package se.samverka.survey;

/** The kinds of evaluation question: a rating 1–5, one choice, several choices, free text. */
public enum AnswerKind {
    RATING, SINGLE, MULTI, TEXT;

    /** Whether the organiser gives the choices (SINGLE and MULTI). */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTI;
    }
}
