package se.samverka.privacy.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import se.samverka.meeting.SeriesService;
import se.samverka.privacy.DataKind;
import se.samverka.privacy.RetentionDates;
import se.samverka.privacy.RetentionRules;
import se.samverka.web.Feedback;

/**
 * A meeting series' retention period on its page (include {@code WEB-INF/includes/privacy/series-retention.xhtml}):
 * the days as typed, per series id, read from the series the first time the page asks.
 */
@Named
@ViewScoped
public class SeriesRetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeriesService series;

    @Inject
    RetentionRules rules;

    private final Map<Long, String> days = new HashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public String get(Object seriesId) {
            return seriesId instanceof Long id ? computeIfAbsent(id, SeriesRetentionBacking.this::current) : null;
        }
    };

    public Map<Long, String> getDays() {
        return days;
    }

    /** The installation's default for series without their own period, as the page says it. */
    public String getFallback() {
        return rules.period(DataKind.MEETING_DATA).map(period -> String.valueOf(RetentionRules.days(period)))
                .orElse("–");
    }

    public void save(Long seriesId) {
        Integer typed = RetentionDates.parseDays(days.get(seriesId));
        days.put(seriesId, typed == null ? "" : String.valueOf(series.keepData(seriesId, typed).getRetentionDays()));
        Feedback.info("privacy.series.saved");
    }

    private String current(Long seriesId) {
        Integer kept = series.series(seriesId).getRetentionDays();
        return kept == null ? "" : String.valueOf(kept);
    }
}
