package se.samverka.documents;

import java.util.List;

/**
 * One question of the survey report as the caller has suppressed it: its text and the session it asks about (or
 * null), whether too few answered to show anything, the keys counted (ratings 1–5 or the choices; none for free
 * text), everyone's figures first and then each shown group's, and the free texts in the order to print them.
 */
public record SurveyReportQuestion(String text, String session, boolean tooFew, boolean rating, List<String> keys,
        List<SurveyReportColumn> columns, List<String> texts) {

    public SurveyReportQuestion {
        keys = List.copyOf(keys);
        columns = List.copyOf(columns);
        texts = List.copyOf(texts);
    }
}
