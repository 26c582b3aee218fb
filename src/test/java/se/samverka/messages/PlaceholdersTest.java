package se.samverka.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Map<String, String> ANNA = Map.of("firstName", "Anna", "lastName", "Öberg",
            "event", "Samverkanskonferensen", "manageLink", "https://samverka.example/r/abc");

    @Test
    void swedishAndEnglishNamesAreFilledAlike() {
        assertEquals("Hej Anna Öberg! Välkommen till Samverkanskonferensen: https://samverka.example/r/abc",
                Placeholders.fill("Hej {förnamn} {efternamn}! Välkommen till {evenemang}: {länk}", ANNA));
        assertEquals("Dear Anna, Samverkanskonferensen https://samverka.example/r/abc",
                Placeholders.fill("Dear {firstName}, {event} {manageLink}", ANNA));
    }

    @Test
    void aValueIsInsertedLiterallyNotReadAsAPattern() {
        assertEquals("Hej $1 \\{x}", Placeholders.fill("Hej {förnamn}", Map.of("firstName", "$1 \\{x}")));
    }

    @Test
    void aMisspeltPlaceholderIsRefusedBeforeAnythingIsSent() {
        InvalidMessageException refused = assertThrows(InvalidMessageException.class,
                () -> Placeholders.check("Hej {förnman}!", "body"));
        assertEquals("body", refused.field());
        Placeholders.check("Braces with spaces { like this } and JSON {\"a\": 1} are text", "body");
    }
}
