package se.samverka.documents;

import java.math.BigDecimal;
import java.util.List;

/**
 * One group's figures for one question of the survey report ("alla", a sector, "övriga"): how many answered, a
 * rating's mean (null for other kinds), and the counts in the order of the question's keys.
 */
public record SurveyReportColumn(String group, int n, BigDecimal mean, List<Integer> counts) {

    public SurveyReportColumn {
        counts = counts == null ? List.of() : List.copyOf(counts);
    }
}
