package se.samverka.privacy;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** The JSON of the retention API: field names exactly as issue 13 states them. */
public final class RetentionJson {

    private RetentionJson() {
    }

    /** A kind of data ({@link DataKind#key()}), its period in days (null: kept), and what is due now. */
    @JsonbPropertyOrder({"kind", "periodDays", "due"})
    public record KindView(String kind, Integer periodDays, List<DueView> due) {
        static KindView of(RetentionService.KindPreview preview) {
            return new KindView(preview.kind().key(), preview.period().map(RetentionRules::days).orElse(null),
                    preview.due().stream().map(due -> new DueView(due.target().eventId(), due.target().seriesId(),
                            due.count())).toList());
        }
    }

    /**
     * Records due (or removed) for one event; {@code eventId} is null for mail bodies (they have no reliable event)
     * and network-meeting data, which names its meeting series instead ({@code seriesId}, only there).
     */
    @JsonbPropertyOrder({"eventId", "seriesId", "count"})
    public record DueView(Long eventId, @JsonbNillable(false) Long seriesId, int count) {
    }

    /** What a run removed, per kind and event or series. */
    public record RunView(List<RemovedView> removed) {
        static RunView of(List<RetentionService.Removed> removed) {
            return new RunView(removed.stream().map(RemovedView::of).toList());
        }
    }

    @JsonbPropertyOrder({"kind", "eventId", "seriesId", "count"})
    public record RemovedView(String kind, Long eventId, @JsonbNillable(false) Long seriesId, int count) {
        static RemovedView of(RetentionService.Removed removed) {
            return new RemovedView(removed.kind().key(), removed.eventId(), removed.seriesId(), removed.count());
        }
    }

    /** One kind of one event: its own period (null: the installation's), the period that applies, when, how much. */
    @JsonbPropertyOrder({"kind", "overrideDays", "periodDays", "dueOn", "held"})
    public record EventKindView(String kind, Integer overrideDays, Integer periodDays, LocalDate dueOn, int held) {
        static EventKindView of(RetentionService.EventKind kind) {
            return new EventKindView(kind.kind().key(), kind.overrideDays(),
                    kind.period().map(RetentionRules::days).orElse(null), kind.dueOn(), kind.held());
        }
    }

    /** One line of the removal log. */
    @JsonbPropertyOrder({"kind", "eventId", "seriesId", "removed", "ranAt", "ranBy", "cause"})
    public record LogView(String kind, Long eventId, Long seriesId, int removed, LocalDateTime ranAt, String ranBy,
            RetentionCause cause) {
        static LogView of(RetentionLogEntry entry) {
            return new LogView(entry.getKind(), entry.getEventId(), entry.getSeriesId(), entry.getRemoved(),
                    entry.getRanAt(), entry.getRanBy(), entry.getCause());
        }
    }
}
