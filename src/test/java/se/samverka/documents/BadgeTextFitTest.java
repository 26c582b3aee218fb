package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeTextFitTest {

    private static final BaseFont BOLD = PdfFonts.boldBase();

    private static float widest(FittedText text) {
        return (float) text.lines().stream().mapToDouble(line -> BOLD.getWidthPoint(line, text.size())).max()
                .orElse(0);
    }

    @Test
    void aShortNameKeepsTheLargestSize() {
        FittedText fitted = FittedText.fit("Åsa", BOLD, 160, 26, 15);

        assertEquals(List.of("Åsa"), fitted.lines());
        assertEquals(26, fitted.size());
    }

    @Test
    void aLongerNameShrinksToItsWidth() {
        FittedText fitted = FittedText.fit("Marie-Louise", BOLD, 160, 26, 15);

        assertEquals(1, fitted.lines().size());
        assertTrue(fitted.size() < 26 && fitted.size() >= 15, "size " + fitted.size());
        assertTrue(widest(fitted) <= 160, "width " + widest(fitted));
    }

    @Test
    void tooLongForTheSmallestSizeItWrapsAtTheBalancedBreak() {
        FittedText fitted = FittedText.fit("Ödmark-Wikström Åkerlund-Sjöberg", BOLD, 160, 26, 15);

        assertEquals(List.of("Ödmark-Wikström", "Åkerlund-Sjöberg"), fitted.lines());
        assertTrue(fitted.size() <= 15, "size " + fitted.size());
        assertTrue(widest(fitted) <= 160, "width " + widest(fitted));
    }

    @Test
    void breaksAfterAHyphenWhenThatBalancesBest() {
        FittedText fitted = FittedText.fit("Anna-Karin Ödmark-Wikström Åkerlund-Sjöberg", BOLD, 200, 26, 15);

        assertEquals(List.of("Anna-Karin Ödmark-", "Wikström Åkerlund-Sjöberg"), fitted.lines());
        assertTrue(widest(fitted) <= 200, "width " + widest(fitted));
    }

    @Test
    void aWordWithNowhereToBreakShrinksBelowTheMinimumRatherThanOverflow() {
        FittedText fitted = FittedText.fit("Gryningsvägsbehandlingshemsföreståndare", BOLD, 120, 26, 15);

        assertEquals(1, fitted.lines().size());
        assertTrue(fitted.size() < 15, "size " + fitted.size());
        assertTrue(widest(fitted) <= 120, "width " + widest(fitted));
    }

    @Test
    void oneLineTextsEndInAnEllipsisBelowTheMinimum() {
        FittedText fitted = FittedText.oneLine("Folkhälsoförvaltningen i Karlskoga och Degerfors kommuner", BOLD,
                100, 10, 8);

        assertEquals(8, fitted.size());
        assertTrue(fitted.lines().get(0).endsWith("…"), fitted.lines().get(0));
        assertTrue(widest(fitted) <= 100, "width " + widest(fitted));
    }

    @Test
    void nothingToFitIsAnEmptyLine() {
        assertEquals(List.of(""), FittedText.fit(null, BOLD, 100, 26, 15).lines());
    }
}
