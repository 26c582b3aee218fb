package se.samverka.participants;

import java.util.List;
import se.samverka.platform.DomainException;

/** Badge options that cannot be printed; names every field at fault (the first one as the exception's own). */
public class InvalidBadgeOptionsException extends DomainException {

    /** One field at fault: its message key and arguments. */
    public record Fault(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Fault> faults;

    InvalidBadgeOptionsException(List<Fault> faults) {
        super(Kind.INVALID, faults.get(0).field(), faults.get(0).messageKey(), faults.get(0).arguments());
        this.faults = List.copyOf(faults);
    }

    public List<Fault> faults() {
        return faults;
    }
}
