package se.samverka.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An in-container test class with a test that reads the demo conference ({@code samverka.demo=true}), on
 * purpose and read-only. On H2 only such classes' servers load it ({@link QuickerPayaraStarts}): loading it
 * costs each start a few seconds and every other test makes its own data. On PostgreSQL, whose one database
 * all servers of the run share, every server keeps loading it as before (only the first finds no events and
 * actually loads the conference). The shared server of the client-side classes ({@link SharedServer}) always
 * has it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsDemoData {
}
