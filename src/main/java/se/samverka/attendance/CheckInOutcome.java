package se.samverka.attendance;

/**
 * What a scan did: the check-in that admits the person and whether they had been admitted before; or the
 * refusal the door screen shows. A refusal is an answer, not a failure: it is kept for the scan's nonce like
 * an admission, so the service hands it back rather than throwing it (which would undo the keeping).
 */
public record CheckInOutcome(CheckIn checkIn, boolean alreadyCheckedIn, CheckInRefused refusal) {

    static CheckInOutcome admitted(CheckIn checkIn, boolean already) {
        return new CheckInOutcome(checkIn, already, null);
    }

    static CheckInOutcome refused(CheckInRefused refusal) {
        return new CheckInOutcome(null, false, refusal);
    }

    /** The check-in, or the refusal thrown (for the API, after the transaction has kept it). */
    public CheckInOutcome orThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return this;
    }
}
