package se.samverka.privacy;

import java.time.Period;

/**
 * The kinds of personal data that retention removes, each on its own period counted from the end of the event (the
 * meeting, for network-meeting data). The configuration key of a kind is {@code samverka.retention.<key>.days}
 * (certificates: {@code samverka.retention.certificates.years}); the value {@code off} means "kept" (no period).
 */
public enum DataKind {
    /** Dietary and accessibility needs: possibly health data, so they go first. */
    NEEDS("needs", Period.ofDays(30)),
    /** The person behind a registration and their answers: anonymised; sector, days, seats and attendance stay. */
    REGISTRATIONS("registrations", Period.ofDays(365)),
    /** The bodies, recipients and attachments of mails that were sent or gave up; the rows stay for the counts. */
    MAIL_BODIES("mail-bodies", Period.ofDays(90)),
    /** Scan details of check-ins (who scanned, device, receipts with names); the fact of attendance stays. */
    CHECK_INS("check-ins", Period.ofDays(90)),
    /** Free-text answers of the evaluation survey. */
    SURVEY_TEXT("survey-text", Period.ofDays(365)),
    /** Network-meeting data (attendance, minutes, actions) per series; off unless a series sets a period. */
    MEETING_DATA("meeting-data", null),
    /** Certificates keep only what verification needs (name, event, dates) this long, then go. */
    CERTIFICATES("certificates", Period.ofYears(10));

    private final String key;
    private final Period defaultPeriod;

    DataKind(String key, Period defaultPeriod) {
        this.key = key;
        this.defaultPeriod = defaultPeriod;
    }

    /** The name of the kind in configuration keys, the API and the log ("needs", "mail-bodies", ...). */
    public String key() {
        return key;
    }

    /**
     * Whether the kind belongs to one event, so that an event may set its own period for it (retention_override).
     * Mail bodies have no reliable link to an event (their period counts from the mail's creation) and
     * network-meeting data is set per meeting series.
     */
    public boolean perEvent() {
        return this != MAIL_BODIES && this != MEETING_DATA;
    }

    /** The kind with this {@link #key()}, or empty. */
    public static java.util.Optional<DataKind> byKey(String key) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }

    /** The period when nothing is configured; null when the kind is kept unless configured. */
    public Period defaultPeriod() {
        return defaultPeriod;
    }
}
