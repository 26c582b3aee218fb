package se.samverka.platform;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What an exception means to the user when it is a refusal rather than a fault: a business rule's
 * {@link DomainException} anywhere in the chain of causes, or a database failure that bad input or a
 * concurrent change explains (someone else changed the same row: 409; a constraint the input broke: 409;
 * a value the column cannot hold: 400). The API and the views both ask here, so that such cases never
 * become a 500 or a stack trace; anything else stays an unexpected error.
 */
public final class Refusals {

    private Refusals() {
    }

    public static Optional<DomainException> of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return Optional.of(refusal);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return Optional.of(new ConcurrentChange());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                Optional<DomainException> refusal = ofSqlState(sql.getSQLState());
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    /** SQL states (SQL standard; H2 and PostgreSQL alike): 22 data exception, 23 constraint, 40 rollback. */
    static Optional<DomainException> ofSqlState(String state) {
        if (state.startsWith("23")) {
            return Optional.of(new ConstraintConflict());
        }
        if (state.startsWith("22")) {
            return Optional.of(new ValueOutOfRange());
        }
        if (state.startsWith("40")) {
            return Optional.of(new ConcurrentChange());
        }
        return Optional.empty();
    }

    /** Someone else changed the same thing at the same moment; nothing was saved. */
    public static class ConcurrentChange extends DomainException {
        public ConcurrentChange() {
            super(Kind.CONFLICT, "error.concurrentChange");
        }
    }

    /** The change conflicts with data already stored (a unique or referential rule); nothing was saved. */
    public static class ConstraintConflict extends DomainException {
        public ConstraintConflict() {
            super(Kind.CONFLICT, "error.constraintConflict");
        }
    }

    /** A value the database cannot hold (too long, out of range) slipped past the checks; nothing was saved. */
    public static class ValueOutOfRange extends DomainException {
        public ValueOutOfRange() {
            super(Kind.INVALID, "error.valueOutOfRange");
        }
    }
}
