package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.samverka.platform.DomainException;
import se.samverka.platform.Messages;

/**
 * The refusal of an early retention run says why in words, with the event's last day: it used to reach
 * {@link DomainException}'s constructor that takes a field first, and then showed nothing but that date.
 */
class RetentionTooEarlyTest {

    @Test
    void theRefusalNamesTheLastDayInTheUsersLanguageAndIsAboutNoSingleField() {
        RetentionTooEarlyException refused = new RetentionTooEarlyException(LocalDate.of(2027, 3, 10));

        assertEquals("Evenemanget pågår eller har inte börjat (sista dag 2027-03-10); uppgifterna gallras först"
                + " efter det.", refused.localizedMessage(Messages.SWEDISH));
        assertEquals("The event is running or has not started (last day 2027-03-10); its data is removed only"
                + " after that.", refused.localizedMessage(Messages.ENGLISH));
        assertNull(refused.field());
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
    }
}
