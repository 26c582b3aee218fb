package se.samverka.privacy;

import java.time.LocalDate;

/**
 * One piece of retention work: a kind of data of one event ({@code eventId}), of the meetings of one series before
 * {@code before} ({@code seriesId}), or, for mail bodies and certificates whose event is gone, everything from
 * before {@code before} (both ids null).
 */
public record RetentionTarget(DataKind kind, Long eventId, Long seriesId, LocalDate before) {

    public static RetentionTarget ofEvent(DataKind kind, Long eventId) {
        return new RetentionTarget(kind, eventId, null, null);
    }

    public static RetentionTarget ofSeries(Long seriesId, LocalDate before) {
        return new RetentionTarget(DataKind.MEETING_DATA, null, seriesId, before);
    }

    public static RetentionTarget before(DataKind kind, LocalDate before) {
        return new RetentionTarget(kind, null, null, before);
    }
}
