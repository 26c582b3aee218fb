package se.samverka.platform;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method whose answer carries personal data out of Samverka (a list, badges, a sheet, certificates, an
 * extract). Every successful call is written to the export log (who, when, which event, which filter) by a filter in
 * {@code se.samverka.privacy}; the value names what was exported ("participants.csv", "badges", ...).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PersonalDataExport {
    String value();
}
