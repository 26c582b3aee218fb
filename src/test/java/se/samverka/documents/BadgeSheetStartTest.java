package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.documents.PdfInspection.textIn;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import se.samverka.platform.Messages;

/** A partly used sheet of labels: printing starts at a later position, the ones before stay blank. */
class BadgeSheetStartTest {

    private static PDDocument pdf(BadgeSheet sheet, List<BadgeCard> cards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(cards.size(), sheet.write(cards.iterator(), out));
        return Loader.loadPDF(out.toByteArray());
    }

    private static Rectangle2D card(BadgeLayout layout, int slot) {
        int column = slot % layout.columns();
        int row = slot / layout.columns();
        float top = layout.page().getHeight() - layout.cardBottom(row) - layout.cardHeight();
        return new Rectangle2D.Float(layout.cardLeft(column), top, layout.cardWidth(), layout.cardHeight());
    }

    @Test
    void theFirstBadgeGoesToTheChosenPositionAndTheRestFollowOnNewPages() throws IOException {
        List<BadgeCard> cards = BadgeCards.seventeen().subList(0, 4);
        BadgeSheet sheet = new BadgeSheet(BadgeLayout.A4_10, "Konferens", null, Messages.SWEDISH).startingAt(8);
        try (PDDocument pdf = pdf(sheet, cards)) {
            assertEquals(2, pdf.getNumberOfPages(), "positions 8, 9, 10 on page 1, the fourth on page 2");
            for (int slot = 0; slot < 7; slot++) {
                assertTrue(textIn(pdf, 1, card(BadgeLayout.A4_10, slot)).isBlank(), "position " + (slot + 1));
            }
            assertTrue(textIn(pdf, 1, card(BadgeLayout.A4_10, 7)).contains(cards.get(0).firstName()));
            assertTrue(textIn(pdf, 1, card(BadgeLayout.A4_10, 9)).contains(cards.get(2).firstName()));
            assertTrue(textIn(pdf, 2, card(BadgeLayout.A4_10, 0)).contains(cards.get(3).firstName()));
        }
    }

    @Test
    void aSingleBadgeAtTheLastPositionIsAloneOnItsPage() throws IOException {
        List<BadgeCard> one = BadgeCards.seventeen().subList(0, 1);
        try (PDDocument pdf = pdf(new BadgeSheet(BadgeLayout.A4_8, null, null, Messages.SWEDISH).startingAt(8), one)) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(textIn(pdf, 1, card(BadgeLayout.A4_8, 7)).contains(one.get(0).firstName()));
            assertTrue(textIn(pdf, 1, card(BadgeLayout.A4_8, 0)).isBlank());
        }
    }

    @Test
    void positionsOffTheSheetAreRefused() {
        BadgeSheet sheet = new BadgeSheet(BadgeLayout.A4_8, null, null, Messages.SWEDISH);
        assertThrows(IllegalArgumentException.class, () -> sheet.startingAt(0));
        assertThrows(IllegalArgumentException.class, () -> sheet.startingAt(9));
        assertThrows(IllegalArgumentException.class,
                () -> new BadgeSheet(BadgeLayout.A6, null, null, Messages.SWEDISH).startingAt(2));
    }
}
