package se.samverka.privacy.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.samverka.event.EventService;
import se.samverka.platform.NotFoundException;
import se.samverka.privacy.RetentionLogEntry;
import se.samverka.privacy.RetentionRules;
import se.samverka.privacy.RetentionService;

/** The retention overview ({@code admin/privacy/}): each kind's period and its source, what is due now, the log. */
@Named
@RequestScoped
public class RetentionBacking {

    /** A kind of data as the page shows it: its key, period in days (null: kept), where that comes from, what is due. */
    public record Rule(String key, Integer days, String source, List<Due> due) {
        public int total() {
            return due.stream().mapToInt(Due::count).sum();
        }
    }

    /** Due now for one event ({@code title} null for mails and meeting series, which name no event). */
    public record Due(Long eventId, Long seriesId, String title, int count) {
    }

    @Inject
    RetentionService retention;

    @Inject
    RetentionRules rules;

    @Inject
    EventService events;

    @Inject
    Clock clock;

    private List<Rule> kinds;
    private List<RetentionLogEntry> log;
    private final Map<Long, String> titles = new HashMap<>();

    public List<Rule> getRules() {
        if (kinds == null) {
            kinds = retention.preview(LocalDate.now(clock)).stream().map(kind -> new Rule(kind.kind().key(),
                    kind.period().map(RetentionRules::days).orElse(null), rules.source(kind.kind()).orElse(null),
                    kind.due().stream().map(due -> new Due(due.target().eventId(), due.target().seriesId(),
                            title(due.target().eventId()), due.count())).toList())).toList();
        }
        return kinds;
    }

    public List<RetentionLogEntry> getLog() {
        if (log == null) {
            log = retention.log();
        }
        return log;
    }

    /** The event's title, or its number when it is gone (the log outlives events). */
    public String title(Long eventId) {
        if (eventId == null) {
            return null;
        }
        return titles.computeIfAbsent(eventId, id -> {
            try {
                return events.get(id).getTitle();
            } catch (NotFoundException e) {
                return "#" + id;
            }
        });
    }
}
