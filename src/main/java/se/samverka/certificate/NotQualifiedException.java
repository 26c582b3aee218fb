package se.samverka.certificate;

import java.util.Locale;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;

/** The person does not (yet) meet the event's rule for a certificate, or it is too early: 409, saying why. */
public class NotQualifiedException extends DomainException {

    private final String reasonKey;
    private final transient Object[] reasonArguments;

    public NotQualifiedException(String reasonKey, Object... reasonArguments) {
        super(Kind.CONFLICT, reasonKey, reasonArguments);
        this.reasonKey = reasonKey;
        this.reasonArguments = reasonArguments;
    }

    @Override
    public String summary(Locale locale) {
        return Messages.format(locale, reasonKey, reasonArguments);
    }
}
