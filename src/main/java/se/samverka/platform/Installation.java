package se.samverka.platform;

import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Who runs this installation of Samverka and how to reach them, as the privacy notice and the accessibility
 * statement name them: MicroProfile Config keys {@code samverka.privacy.*} and {@code samverka.accessibility.*}
 * (documented in config/microprofile-config.properties and docs/privacy.md). A value left empty is "not
 * configured": the pages then say so, visibly, rather than invent one.
 *
 * @param controller          the personal-data controller (personuppgiftsansvarig), e.g. "Degerfors kommun"
 * @param organisationNumber  the controller's organisation number, or empty
 * @param address             the controller's postal address, or empty
 * @param contactEmail        where people write about their personal data
 * @param dpoName             the data protection officer (dataskyddsombud), or empty
 * @param dpoEmail            the data protection officer's address, or empty
 * @param legalBasis          the legal basis of registrations and network meetings: {@code public-task} (the
 *                            default for municipalities: art. 6.1 e), {@code legitimate-interests},
 *                            {@code contract} or {@code consent}
 * @param legalBasisNote      free text beside it (e.g. the decision or law the task rests on), or empty
 * @param authority           the supervisory authority complaints go to
 * @param accessibilityEmail  where accessibility feedback goes; the privacy contact when not set
 */
public record Installation(String controller, String organisationNumber, String address, String contactEmail,
        String dpoName, String dpoEmail, String legalBasis, String legalBasisNote, String authority,
        String accessibilityEmail) {

    public static final String PUBLIC_TASK = "public-task";
    public static final String DEFAULT_AUTHORITY = "Integritetsskyddsmyndigheten (IMY), https://www.imy.se";

    public Installation {
        controller = clean(controller);
        organisationNumber = clean(organisationNumber);
        address = clean(address);
        contactEmail = clean(contactEmail);
        dpoName = clean(dpoName);
        dpoEmail = clean(dpoEmail);
        legalBasis = clean(legalBasis).isEmpty() ? PUBLIC_TASK : clean(legalBasis);
        legalBasisNote = clean(legalBasisNote);
        authority = clean(authority).isEmpty() ? DEFAULT_AUTHORITY : clean(authority);
        accessibilityEmail = clean(accessibilityEmail).isEmpty() ? contactEmail : clean(accessibilityEmail);
    }

    /** The installation as configured now (MicroProfile Config: system properties, environment, defaults). */
    public static Installation configured() {
        Config config = ConfigProvider.getConfig(Installation.class.getClassLoader());
        return from(key -> config.getOptionalValue(key, String.class));
    }

    /** The installation from a lookup of configuration keys (a map in tests). */
    public static Installation from(Function<String, Optional<String>> config) {
        Function<String, String> value = key -> config.apply(key).orElse("");
        return new Installation(value.apply("samverka.privacy.controller"),
                value.apply("samverka.privacy.organisation-number"), value.apply("samverka.privacy.address"),
                value.apply("samverka.privacy.contact-email"), value.apply("samverka.privacy.dpo.name"),
                value.apply("samverka.privacy.dpo.email"), value.apply("samverka.privacy.legal-basis"),
                value.apply("samverka.privacy.legal-basis.note"), value.apply("samverka.privacy.authority"),
                value.apply("samverka.accessibility.contact-email"));
    }

    /** Whether accessibility feedback has somewhere to go: an address that mail accepts. */
    public boolean acceptsFeedback() {
        return EmailAddresses.isPlausible(accessibilityEmail);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
