package se.samverka.survey.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A survey's times as its pages say them in running text: "15 december 2026 16:30". */
final class SurveyDates {

    private SurveyDates() {
    }

    static String shown(LocalDateTime time, Locale locale) {
        return time == null ? "" : time.format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale));
    }
}
