package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeBandColourTest {

    /** The sectors' colours as Flyway seeds them (V2__registrations.sql). */
    private static final List<String> SEEDED = List.of("#E69F00", "#0072B2", "#009E73", "#1F3A93", "#D55E00",
            "#CC79A7", "#56B4E9", "#6B6B6B");

    @Test
    void whiteOnDarkColoursBlackOnLight() {
        assertEquals(Color.WHITE, SectorColour.of("#1F3A93").text());
        assertEquals(Color.WHITE, SectorColour.of("#0072B2").text());
        assertEquals(Color.WHITE, SectorColour.of("#000000").text());
        assertEquals(Color.BLACK, SectorColour.of("#E69F00").text());
        assertEquals(Color.BLACK, SectorColour.of("#56B4E9").text());
        assertEquals(Color.BLACK, SectorColour.of("#FFFFFF").text());
    }

    @Test
    void everySeededSectorReadsAtWcagAaContrast() {
        for (String hex : SEEDED) {
            SectorColour colour = SectorColour.of(hex);
            double contrast = SectorColour.contrast(colour.band(), colour.text());
            assertTrue(contrast >= 4.5, hex + ": " + contrast);
        }
    }

    @Test
    void aMissingOrMalformedColourIsGrey() {
        assertEquals(SectorColour.FALLBACK, SectorColour.of(null).band());
        assertEquals(SectorColour.FALLBACK, SectorColour.of("red").band());
        assertEquals(new Color(0x1F, 0x3A, 0x93), SectorColour.of(" #1f3a93 ").band());
    }
}
