package se.samverka.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import se.samverka.platform.NotFoundException;

/**
 * Retention as a whole: which data is due on a day (per kind, per event or meeting series, with the events' own
 * periods), the preview of it with counts, each event's schedule, running what is due (the nightly job, or an
 * organiser) or running one event early, and the removal log.
 * <p>
 * Periods count from the event's last day (Europe/Stockholm); network-meeting data from each meeting's date; mail
 * bodies from each mail's creation, since a mail has no reliable link to an event (the API shows them with
 * {@code eventId} null). Certificates whose event was deleted count from their own last day.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class.getName());

    /** The newest entries of the removal log that the page and the API show. */
    public static final int LOG_LIMIT = 500;

    @Inject
    RetentionRules rules;

    @Inject
    RetentionRemoval removal;

    @Inject
    RetentionOverrides overrides;

    @PersistenceContext
    EntityManager em;

    /** A kind of data with the installation's period (empty: kept) and what is due now, with counts above 0. */
    public record KindPreview(DataKind kind, Optional<Period> period, List<Due> due) {
    }

    /** Work that is due, and how many records it would remove now. */
    public record Due(RetentionTarget target, int count) {
    }

    /** What went in a run. */
    public record Removed(DataKind kind, Long eventId, Long seriesId, int count) {
    }

    /** One kind of data of one event: its own period if set, the period that applies, the day it goes, how much is held. */
    public record EventKind(DataKind kind, Integer overrideDays, Optional<Period> period, LocalDate dueOn, int held) {
    }

    /** Every kind with its period and exactly what a run on {@code today} would remove. */
    public List<KindPreview> preview(LocalDate today) {
        Map<DataKind, List<Due>> due = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            due.put(kind, new ArrayList<>());
        }
        for (RetentionTarget target : dueOn(today)) {
            int count = removal.count(target);
            if (count > 0) {
                due.get(target.kind()).add(new Due(target, count));
            }
        }
        List<KindPreview> preview = new ArrayList<>();
        for (DataKind kind : DataKind.values()) {
            preview.add(new KindPreview(kind, rules.period(kind), due.get(kind)));
        }
        return preview;
    }

    /** Per kind of data that belongs to an event: the day it goes (null: kept) and how many records are held now. */
    public List<EventKind> forEvent(Long eventId) {
        LocalDate end = endOf(eventId);
        Map<DataKind, Integer> own = overrides.of(eventId);
        List<EventKind> kinds = new ArrayList<>();
        for (DataKind kind : DataKind.values()) {
            if (kind.perEvent()) {
                Optional<Period> period = RetentionDates.effective(rules.period(kind), own.get(kind));
                kinds.add(new EventKind(kind, own.get(kind), period, RetentionDates.dueOn(end, period).orElse(null),
                        removal.count(RetentionTarget.ofEvent(kind, eventId))));
            }
        }
        return kinds;
    }

    /** Removes everything due at {@code now} by the rule; {@code by} is null for the nightly job, else the account. */
    public List<Removed> runDue(LocalDateTime now, String by) {
        return run(dueOn(now.toLocalDate()), now, by, RetentionCause.RULE);
    }

    /**
     * Removes one event's data now, ahead of its dates: every kind that is not kept, except the certificates
     * (their holders were promised verification until their own date; an event's own shorter period brings that
     * forward). Only after the event's last day: before, its data is in use.
     */
    public List<Removed> runEarly(Long eventId, LocalDateTime now, String by) {
        LocalDate end = endOf(eventId);
        if (!now.toLocalDate().isAfter(end)) {
            throw new RetentionTooEarlyException(end);
        }
        Map<DataKind, Integer> own = overrides.of(eventId);
        List<RetentionTarget> targets = new ArrayList<>();
        for (DataKind kind : DataKind.values()) {
            Optional<Period> period = RetentionDates.effective(rules.period(kind), own.get(kind));
            if (kind.perEvent() && period.isPresent() && (kind != DataKind.CERTIFICATES
                    || RetentionDates.isDue(end, period, now.toLocalDate()))) {
                targets.add(RetentionTarget.ofEvent(kind, eventId));
            }
        }
        return run(targets, now, by, RetentionCause.MANUAL);
    }

    /** The removal log, newest first. */
    public List<RetentionLogEntry> log() {
        return em.createQuery("select l from RetentionLogEntry l order by l.ranAt desc, l.id desc",
                RetentionLogEntry.class).setMaxResults(LOG_LIMIT).getResultList();
    }

    /** The work due on {@code today}, per kind. */
    List<RetentionTarget> dueOn(LocalDate today) {
        Map<DataKind, Optional<Period>> configured = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            configured.put(kind, rules.period(kind));
        }
        Map<Long, Map<DataKind, Integer>> own = overrides.all();
        List<RetentionTarget> targets = new ArrayList<>();
        List<Object[]> events = rows("select id, end_date from event order by end_date, id");
        for (DataKind kind : DataKind.values()) {
            if (kind.perEvent()) {
                for (Object[] event : events) {
                    Long eventId = ((Number) event[0]).longValue();
                    Optional<Period> period = RetentionDates.effective(configured.get(kind),
                            own.getOrDefault(eventId, Map.of()).get(kind));
                    if (RetentionDates.isDue(date(event[1]), period, today)) {
                        targets.add(RetentionTarget.ofEvent(kind, eventId));
                    }
                }
            }
        }
        configured.get(DataKind.MAIL_BODIES).ifPresent(period -> targets.add(
                RetentionTarget.before(DataKind.MAIL_BODIES, RetentionDates.datedBefore(today, period))));
        configured.get(DataKind.CERTIFICATES).ifPresent(period -> targets.add(
                RetentionTarget.before(DataKind.CERTIFICATES, RetentionDates.datedBefore(today, period))));
        for (Object[] series : rows("select id, retention_days from meeting_series order by id")) {
            Optional<Period> period = series[1] != null
                    ? Optional.of(Period.ofDays(((Number) series[1]).intValue()))
                    : configured.get(DataKind.MEETING_DATA);
            period.ifPresent(p -> targets.add(RetentionTarget.ofSeries(((Number) series[0]).longValue(),
                    RetentionDates.datedBefore(today, p))));
        }
        return targets;
    }

    private List<Removed> run(List<RetentionTarget> targets, LocalDateTime now, String by, RetentionCause cause) {
        List<Removed> removed = new ArrayList<>();
        for (RetentionTarget target : targets) {
            int count;
            try {
                count = removal.remove(target, now, by, cause);
            } catch (RuntimeException e) {
                if (by != null) {
                    throw e;
                }
                LOG.log(Level.WARNING, "Retention of " + target + " failed; the other parts go on", e);
                continue;
            }
            if (count > 0) {
                removed.add(new Removed(target.kind(), target.eventId(), target.seriesId(), count));
            }
        }
        return removed;
    }

    @SuppressWarnings("unchecked")
    private LocalDate endOf(Long eventId) {
        List<Object[]> found = em.createNativeQuery("select id, end_date from event where id = ?1")
                .setParameter(1, eventId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("event", eventId);
        }
        return date(found.get(0)[1]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
