package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counts read right for one: every text of the bundles, filled with 1 for each argument, never says "1 rader"
 * or "1 seats". Limits in error texts ("at most {0} characters") are left out: they are never 1.
 */
class CountTextsTest {

    private static final Pattern SWEDISH_PLURAL = Pattern.compile(
            "(?<![\\d,.])1 (rader|platser|personer|skanningar|dagar|timmar|minuter|anmälningar|frågor|workshoppar"
                    + "|möten|åtgärder|gånger|veckor|varningar|intyg utfärdade|deltagare är importerade|giltiga)\\b");
    private static final Pattern ENGLISH_PLURAL = Pattern.compile(
            "(?<![\\d,.])1 (rows|seats|people|participants|scans|days|hours|minutes|registrations|questions|workshops"
                    + "|meetings|actions|certificates|sessions|times|weeks|warnings|valid rows|mails)\\b");

    @Test
    void noTextSaysOneWithAPlural() {
        List<String> wrong = new ArrayList<>();
        wrong.addAll(wrongForOne(Messages.SWEDISH, SWEDISH_PLURAL));
        wrong.addAll(wrongForOne(Messages.ENGLISH, ENGLISH_PLURAL));
        assertEquals(List.of(), wrong);
    }

    @Test
    void countsReadRightForNoneOneAndMany() {
        Locale sv = Messages.SWEDISH;
        assertEquals("Inga rader kan importeras, 1 rad har fel och hoppas över.", Messages.format(sv, "import.counts", 0, 1));
        assertEquals("Importera 1 giltig rad", Messages.format(sv, "import.submit", 1L));
        assertEquals("Importera 12 giltiga rader", Messages.format(sv, "import.submit", 12L));
        assertEquals("Kallelse skickad till 1 person.", Messages.format(sv, "meetings.invited", 1));
        assertEquals("Invitation sent to 2 people.", Messages.format(Locale.ENGLISH, "meetings.invited", 2));
        assertEquals("1 certificate issued.", Messages.format(Locale.ENGLISH, "certificates.issued", 1));
        assertEquals("0 certificates issued.", Messages.format(Locale.ENGLISH, "certificates.issued", 0));
        assertEquals("Sammanlagt 1 timme", Messages.format(sv, "certificate.pdf.hours", 1.0));
        assertEquals("Sammanlagt 1,5 timmar", Messages.format(sv, "certificate.pdf.hours", 1.5));
        assertEquals("In total 0.5 hours", Messages.format(Locale.ENGLISH, "certificate.pdf.hours", 0.5));
    }

    private static List<String> wrongForOne(Locale locale, Pattern plural) {
        ResourceBundle bundle = Messages.bundle(locale);
        Object[] ones = {1, 1, 1, 1, 1, 1, 1, 1};
        List<String> wrong = new ArrayList<>();
        for (String key : Collections.list(bundle.getKeys())) {
            // desk.queue.waiting is for two or more: checkin.js says one with desk.queue.oneWaiting
            if (key.contains("error") || key.startsWith("validation.") || key.equals("desk.queue.waiting")) {
                continue;
            }
            String text;
            try {
                text = new java.text.MessageFormat(bundle.getString(key), locale).format(ones);
            } catch (IllegalArgumentException notForNumbers) {
                continue;
            }
            if (plural.matcher(text).find()) {
                wrong.add(locale + " " + key + ": " + text);
            }
        }
        Collections.sort(wrong);
        return wrong;
    }
}
