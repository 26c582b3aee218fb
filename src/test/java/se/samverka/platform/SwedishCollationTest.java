package se.samverka.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwedishCollationTest {

    private static final List<String[]> NAMES = List.of(
            new String[] {"Östlund", "Ida"}, new String[] {"Zetterberg", "Per"}, new String[] {"Åberg", "Lena"},
            new String[] {"Ärlig", "Olle"}, new String[] {"Berg", "Zoë"}, new String[] {"Bergström", "Anna"},
            new String[] {"berg", "Anna"}, new String[] {"Andersson", "Örjan"}, new String[] {"Andersson", "Åsa"},
            new String[] {"Andersson", "Zara"}, new String[] {"Eriksson", "Émile"}, new String[] {"Ekström", "Kim"});

    @Test
    void keysSortedAsPlainStringsFollowTheSwedishAlphabet() {
        List<String[]> byKey = new ArrayList<>(NAMES);
        byKey.sort(Comparator.comparing(n -> SwedishCollation.sortKey(n[0], n[1])));

        assertEquals(List.of("Andersson Zara", "Andersson Åsa", "Andersson Örjan", "berg Anna", "Berg Zoë",
                "Bergström Anna", "Ekström Kim", "Eriksson Émile", "Zetterberg Per", "Åberg Lena", "Ärlig Olle",
                "Östlund Ida"), byKey.stream().map(n -> n[0] + " " + n[1]).toList());
    }

    @Test
    void keysAgreeWithTheCollatorForEveryPair() {
        var collator = SwedishCollation.strings();
        Comparator<String[]> byCollator = Comparator.<String[], String>comparing(n -> n[0], collator)
                .thenComparing(n -> n[1], collator);
        for (String[] a : NAMES) {
            for (String[] b : NAMES) {
                int expected = Integer.signum(byCollator.compare(a, b));
                int actual = Integer.signum(SwedishCollation.sortKey(a[0], a[1])
                        .compareTo(SwedishCollation.sortKey(b[0], b[1])));
                assertEquals(expected, actual, a[0] + " " + a[1] + " vs " + b[0] + " " + b[1]);
            }
        }
    }

    @Test
    void keysAreHexAndBounded() {
        String key = SwedishCollation.sortKey("Å".repeat(100), "Ö".repeat(100));
        assertTrue(key.length() <= SwedishCollation.KEY_LENGTH);
        assertTrue(key.matches("[0-9a-f]+"), key);
    }
}
