package se.samverka.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Installation;
import se.samverka.platform.Messages;
import se.samverka.privacy.PrivacyNotice.Section;

/** The notice says what the installation and its retention rules actually are, in Swedish and English. */
class PrivacyNoticeTest {

    private static final Installation DEGERFORS = Installation.from(key -> Optional.ofNullable(Map.of(
            "samverka.privacy.controller", "Degerfors kommun",
            "samverka.privacy.organisation-number", "212000-1926",
            "samverka.privacy.contact-email", "kommun@degerfors.example",
            "samverka.privacy.dpo.name", "Dataskyddsombudet",
            "samverka.privacy.dpo.email", "dso@degerfors.example").get(key)));

    private static Map<DataKind, Optional<Period>> periods() {
        Map<DataKind, Optional<Period>> periods = new EnumMap<>(DataKind.class);
        for (DataKind kind : DataKind.values()) {
            periods.put(kind, Optional.ofNullable(kind.defaultPeriod()));
        }
        return periods;
    }

    private static Section section(List<Section> notice, String id) {
        return notice.stream().filter(section -> section.id().equals(id)).findFirst().orElseThrow();
    }

    private static String all(List<Section> notice) {
        return notice.stream().map(section -> section.heading() + "\n" + String.join("\n", section.paragraphs())
                + "\n" + String.join("\n", section.items()) + "\n" + String.join("\n", section.closing()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void eachKindOfDataHasThePeriodTheRulesApplyAndAKindThatIsOffSaysKept() {
        Map<DataKind, Optional<Period>> periods = periods();
        periods.put(DataKind.NEEDS, Optional.of(Period.ofDays(45)));
        periods.put(DataKind.MAIL_BODIES, Optional.empty());
        List<String> items = section(PrivacyNotice.compose(DEGERFORS, periods::get, Messages.SWEDISH), "howLong").items();

        assertEquals(DataKind.values().length, items.size(), items.toString());
        assertEquals("Specialkost och tillgänglighetsbehov: tas bort 45 dagar efter.", items.get(0));
        assertTrue(items.get(1).endsWith("tas bort 365 dagar efter."), items.get(1));
        assertEquals("Innehållet i e-post som vi har skickat till dig: sparas, ingen automatisk gallring är inställd.",
                items.get(2));
        assertTrue(items.get(5).contains("sparas, ingen automatisk gallring") && items.get(5).contains("egen gallringstid"),
                "network-meeting data is off by default: " + items.get(5));
        assertTrue(items.get(6).endsWith("tas bort 10 år efter."), items.get(6));
        assertFalse(all(PrivacyNotice.compose(DEGERFORS, periods::get, Messages.SWEDISH)).contains("12 månader"),
                "no promise the rules do not keep");
    }

    @Test
    void inEnglishTheSamePeriods() {
        Map<DataKind, Optional<Period>> periods = periods();
        periods.put(DataKind.NEEDS, Optional.of(Period.ofDays(1)));
        periods.put(DataKind.SURVEY_TEXT, Optional.empty());
        List<String> items = section(PrivacyNotice.compose(DEGERFORS, periods::get, Locale.ENGLISH), "howLong").items();

        assertEquals("Dietary and accessibility needs: removed 1 day after.", items.get(0));
        assertEquals("Free-text answers to the evaluation: kept, no automatic removal is set.", items.get(4));
        assertEquals("Certificates (only what checking them needs: name, event and dates): removed 10 years after.",
                items.get(6));
    }

    @Test
    void namesTheControllerContactDataProtectionOfficerBasisAndAuthority() {
        List<Section> notice = PrivacyNotice.compose(DEGERFORS, periods()::get, Messages.SWEDISH);
        assertEquals(List.of("controller", "what", "why", "howLong", "who", "rights", "complaint"),
                notice.stream().map(Section::id).toList());
        Section controller = section(notice, "controller");
        assertEquals("Personuppgiftsansvarig är Degerfors kommun (organisationsnummer 212000-1926).",
                controller.paragraphs().get(0));
        assertTrue(controller.paragraphs().contains("Frågor om dina personuppgifter: kommun@degerfors.example"),
                controller.paragraphs().toString());
        assertTrue(controller.paragraphs().contains("Dataskyddsombud: Dataskyddsombudet (dso@degerfors.example)"),
                controller.paragraphs().toString());
        assertTrue(section(notice, "why").items().get(0).endsWith(
                "allmänt intresse och myndighetsutövning (GDPR art. 6.1 e)."), section(notice, "why").items().get(0));
        assertTrue(section(notice, "complaint").paragraphs().get(0).contains("Integritetsskyddsmyndigheten (IMY)"));
        assertTrue(section(notice, "rights").items().stream().anyMatch(item -> item.contains("registerutdrag")));
        assertFalse(all(notice).contains("privacyNotice."), "every text is in the bundle:\n" + all(notice));
        assertFalse(all(PrivacyNotice.compose(DEGERFORS, periods()::get, Locale.ENGLISH)).contains("privacyNotice."));
    }

    @Test
    void aSettingNotConfiguredSaysSoAndAnotherBasisCanBeChosen() {
        Installation bare = Installation.from(key -> key.equals("samverka.privacy.legal-basis")
                ? Optional.of("legitimate-interests") : Optional.empty());
        List<Section> notice = PrivacyNotice.compose(bare, periods()::get, Locale.ENGLISH);
        Section controller = section(notice, "controller");
        assertEquals("The controller of your personal data is [not configured: samverka.privacy.controller].",
                controller.paragraphs().get(0));
        assertTrue(controller.paragraphs().contains(
                "Questions about your personal data: [not configured: samverka.privacy.contact-email]"));
        assertTrue(section(notice, "why").items().get(0).endsWith("legitimate interests (GDPR Art. 6(1)(f))."));
        assertEquals("", bare.accessibilityEmail(), "no contact, no feedback address");
        assertFalse(bare.acceptsFeedback());
        assertEquals("kommun@degerfors.example", DEGERFORS.accessibilityEmail(), "the privacy contact by default");
    }
}
