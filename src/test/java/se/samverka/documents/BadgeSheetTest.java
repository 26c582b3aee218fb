package se.samverka.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.samverka.documents.PdfInspection.box;
import static se.samverka.documents.PdfInspection.glyphs;
import static se.samverka.documents.PdfInspection.images;
import static se.samverka.documents.PdfInspection.qrCodes;
import static se.samverka.documents.PdfInspection.text;
import static se.samverka.documents.PdfInspection.textIn;
import static se.samverka.documents.PdfInspection.withoutSpace;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverka.documents.PdfInspection.PlacedImage;
import se.samverka.platform.Messages;

class BadgeSheetTest {

    private static final String EVENT = "Samverkanskonferens Degerfors 2026";
    private static final float TOLERANCE = 0.5f;

    private static PDDocument pdf(BadgeSheet sheet, List<BadgeCard> cards) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(cards.size(), sheet.write(cards.iterator(), out));
        return Loader.loadPDF(out.toByteArray());
    }

    private static PDDocument pdf(BadgeLayout layout, List<BadgeCard> cards) throws IOException {
        return pdf(new BadgeSheet(layout, EVENT, null, Messages.SWEDISH), cards);
    }

    /** A card's rectangle in PDFBox's coordinates (points from the top-left corner of the page). */
    private static Rectangle2D card(BadgeLayout layout, int slot, float shiftRight, float shiftDown) {
        int column = slot % layout.columns();
        int row = slot / layout.columns();
        float top = layout.page().getHeight() - layout.cardBottom(row) - layout.cardHeight();
        return new Rectangle2D.Float(layout.cardLeft(column) + shiftRight, top + shiftDown, layout.cardWidth(),
                layout.cardHeight());
    }

    @ParameterizedTest
    @EnumSource(BadgeLayout.class)
    void fillsAsManyPagesAsTheBadgesNeed(BadgeLayout layout) throws IOException {
        int expected = switch (layout) {
            case A4_8 -> 3;
            case A4_10 -> 2;
            case A6 -> 17;
        };
        try (PDDocument pdf = pdf(layout, BadgeCards.seventeen())) {
            assertEquals(expected, pdf.getNumberOfPages());
            assertEquals(layout.page().getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.1f);
        }
    }

    @ParameterizedTest
    @EnumSource(BadgeLayout.class)
    void printsEachBadgeWhollyWithinItsCard(BadgeLayout layout) throws IOException {
        List<BadgeCard> cards = BadgeCards.seventeen();
        try (PDDocument pdf = pdf(layout, cards)) {
            for (int i = 0; i < cards.size(); i++) {
                int page = 1 + i / layout.badgesPerPage();
                Rectangle2D area = card(layout, i % layout.badgesPerPage(), 0, 0);
                BadgeCard badge = cards.get(i);
                String expected = EVENT + badge.firstName() + badge.lastName() + badge.organisation()
                        + badge.sectorName() + badge.checkInCode();
                assertEquals(sorted(expected), sorted(textIn(pdf, page, area)), "badge " + i + " " + badge);
            }
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertEveryGlyphWithinACard(pdf, page, layout, 0, 0);
            }
        }
    }

    @Test
    void printsSwedishNamesAsTheyAre() throws IOException {
        List<BadgeCard> cards = BadgeCards.seventeen();
        try (PDDocument pdf = pdf(BadgeLayout.A4_8, cards)) {
            for (int i = 0; i < cards.size(); i++) {
                BadgeCard badge = cards.get(i);
                String text = withoutSpace(textIn(pdf, 1 + i / 8, card(BadgeLayout.A4_8, i % 8, 0, 0)));
                assertTrue(text.contains(withoutSpace(badge.firstName() + badge.lastName())), badge + " in " + text);
            }
        }
    }

    static Stream<Arguments> layoutsAndResolutions() {
        return Stream.of(BadgeLayout.values()).flatMap(layout -> Stream.of(150, 200)
                .map(dpi -> Arguments.of(layout, dpi)));
    }

    @ParameterizedTest
    @MethodSource("layoutsAndResolutions")
    void everyQrCodeOnAPageReadsAsItsCheckInCode(BadgeLayout layout, int dpi) throws IOException {
        List<BadgeCard> cards = BadgeCards.seventeen();
        int perPage = layout.badgesPerPage();
        try (PDDocument pdf = pdf(layout, cards)) {
            int pages = layout == BadgeLayout.A6 ? 2 : pdf.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Set<String> expected = cards.subList((page - 1) * perPage, Math.min(cards.size(), page * perPage))
                        .stream().map(BadgeCard::checkInCode).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(expected, qrCodes(pdf, page, dpi), "page " + page + " at " + dpi + " dpi");
            }
        }
    }

    /**
     * Each QR code is one 1-bit image, a pixel a module with the quiet zone around, not smoothed
     * when enlarged, filling the code's box on its card exactly.
     */
    @ParameterizedTest
    @EnumSource(BadgeLayout.class)
    void drawsEachQrCodeAsASharpOneBitImageFillingItsBox(BadgeLayout layout) throws IOException {
        BadgeFaceLayout.Box box = BadgeFaceLayout.of(layout).qr();
        int side = 21 + 2 * QrCode.QUIET_MODULES; // version 1, as for the six-character check-in codes
        try (PDDocument pdf = pdf(layout, BadgeCards.seventeen())) {
            List<PlacedImage> images = images(pdf, 1);
            assertEquals(layout.badgesPerPage(), images.size());
            for (int slot = 0; slot < images.size(); slot++) {
                PDImage image = images.get(slot).image();
                assertEquals(1, image.getBitsPerComponent());
                assertEquals(PDDeviceGray.INSTANCE, image.getColorSpace());
                assertFalse(image.getInterpolate(), "interpolated");
                assertEquals(side, image.getWidth());
                assertEquals(side, image.getHeight());
                assertQuietZoneLight(image.getImage());
                Matrix placement = images.get(slot).placement();
                float x = layout.cardLeft(slot % layout.columns()) + box.x();
                float y = layout.cardBottom(slot / layout.columns()) + box.y();
                assertEquals(x, placement.getTranslateX(), 0.01f, "slot " + slot);
                assertEquals(y, placement.getTranslateY(), 0.01f, "slot " + slot);
                assertEquals(box.w(), placement.getScaleX(), 0.01f, "slot " + slot);
                assertEquals(box.w(), placement.getScaleY(), 0.01f, "slot " + slot);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BadgeLayout.class)
    void aVeryLongNameShrinksAndWrapsWithinItsCard(BadgeLayout layout) throws IOException {
        String longName = BadgeCards.LONG_FIRST_NAME + " " + BadgeCards.LONG_LAST_NAME;
        BadgeCard card = new BadgeCard(longName, longName, "Barn- och utbildningsförvaltningen, Karlskoga och "
                + "Degerfors kommuner, Region Örebro län", "Folkhälsoförvaltningen i Karlskoga och Degerfors",
                "#56B4E9", "ÖDM001");
        try (PDDocument pdf = pdf(layout, List.of(card, BadgeCards.number(1)))) {
            assertEveryGlyphWithinACard(pdf, 1, layout, 0, 0);
            String first = withoutSpace(textIn(pdf, 1, card(layout, 0, 0, 0)));
            assertTrue(first.contains(withoutSpace(longName + longName)), first);
        }
    }

    /** The dialogue table, once mixed, stands under the organisation, inside the card, long names or not. */
    @ParameterizedTest
    @EnumSource(BadgeLayout.class)
    void printsTheDialogueTableUnderTheOrganisation(BadgeLayout layout) throws IOException {
        List<BadgeCard> cards = new ArrayList<>();
        List<BadgeCard> seventeen = BadgeCards.seventeen();
        for (int i = 0; i < seventeen.size(); i++) {
            cards.add(seventeen.get(i).withTable(i % 3 == 2 ? null : "Dag 2: bord " + (i + 1)));
        }
        try (PDDocument pdf = pdf(layout, cards)) {
            for (int i = 0; i < cards.size(); i++) {
                int page = 1 + i / layout.badgesPerPage();
                Rectangle2D area = card(layout, i % layout.badgesPerPage(), 0, 0);
                BadgeCard badge = cards.get(i);
                String expected = EVENT + badge.firstName() + badge.lastName() + badge.organisation()
                        + badge.sectorName() + badge.checkInCode() + (badge.table() == null ? "" : badge.table());
                assertEquals(sorted(expected), sorted(textIn(pdf, page, area)), "badge " + i + " " + badge);
                if (badge.table() != null) {
                    assertTrue(lineY(pdf, page, area, badge.table(), true) > lineY(pdf, page, area, badge.organisation(), false),
                            "table below the organisation on badge " + i);
                }
            }
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertEveryGlyphWithinACard(pdf, page, layout, 0, 0);
            }
        }
    }

    @Test
    void aBlankTableIsNoTable() {
        assertEquals(null, BadgeCards.number(1).withTable("  ").table());
        assertEquals("Bord 3", BadgeCards.number(1).withTable("Bord 3").table());
    }

    /**
     * The baseline (from the top) of the line in the area, in bold or not, that reads the text (or a part of it, when
     * it wraps: then its last line).
     */
    private static float lineY(PDDocument pdf, int page, Rectangle2D area, String text, boolean bold) throws IOException {
        java.util.Map<Float, StringBuilder> lines = new java.util.TreeMap<>();
        for (TextPosition glyph : glyphs(pdf, page)) {
            if (area.contains(box(glyph)) && glyph.getFont().getName().endsWith("-Bold") == bold) {
                lines.computeIfAbsent(glyph.getYDirAdj(), y -> new StringBuilder()).append(glyph.getUnicode());
            }
        }
        String wanted = withoutSpace(text);
        float found = -1;
        for (var line : lines.entrySet()) {
            String read = withoutSpace(line.getValue().toString());
            if (!read.isEmpty() && wanted.contains(read)) {
                found = line.getKey();
            }
        }
        assertTrue(found >= 0, text + " in " + lines);
        return found;
    }

    @Test
    void shiftsEverythingForAPrintersOffset() throws IOException {
        BadgeSheet shifted = new BadgeSheet(BadgeLayout.A4_8, EVENT, null, Messages.SWEDISH).shiftedBy(2, 3);
        try (PDDocument plain = pdf(BadgeLayout.A4_8, BadgeCards.seventeen());
                PDDocument moved = pdf(shifted, BadgeCards.seventeen())) {
            TextPosition before = glyphs(plain, 1).get(0);
            TextPosition after = glyphs(moved, 1).get(0);
            assertEquals(before.getXDirAdj() + 2 * BadgeLayout.POINTS_PER_MM, after.getXDirAdj(), 0.05f);
            assertEquals(before.getYDirAdj() + 3 * BadgeLayout.POINTS_PER_MM, after.getYDirAdj(), 0.05f);
            float mm = BadgeLayout.POINTS_PER_MM;
            assertEveryGlyphWithinACard(moved, 1, BadgeLayout.A4_8, 2 * mm, 3 * mm);
        }
    }

    @Test
    void putsTheLogoOnEveryBadgeButStoresItOnce() throws IOException {
        BadgeSheet sheet = new BadgeSheet(BadgeLayout.A4_8, EVENT, logo(), Messages.SWEDISH);
        try (PDDocument pdf = pdf(sheet, BadgeCards.seventeen())) {
            Set<COSName> images = new TreeSet<>();
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                PDResources resources = pdf.getPage(page).getResources();
                for (COSName name : resources.getXObjectNames()) {
                    if (resources.getXObject(name) instanceof PDFormXObject form) {
                        form.getResources().getXObjectNames().forEach(images::add);
                    }
                }
            }
            assertEquals(1, images.size(), images.toString());
            assertEquals(17, occurrences(text(pdf), EVENT));
        }
    }

    @Test
    void printsTheBadgesWithoutALogoThatIsNoImage() throws IOException {
        byte[] pngSignatureThenGarbage = "\u0089PNG\r\n\u001a\nnot an image at all".getBytes(StandardCharsets.ISO_8859_1);
        try (PDDocument pdf = pdf(new BadgeSheet(BadgeLayout.A6, EVENT, pngSignatureThenGarbage, Messages.SWEDISH),
                BadgeCards.seventeen())) {
            assertEquals(17, pdf.getNumberOfPages());
            assertEquals(1, images(pdf, 1).size(), "the QR code only, no logo");
        }
    }

    @Test
    void embedsItsFonts() throws IOException {
        try (PDDocument pdf = pdf(BadgeLayout.A4_8, BadgeCards.seventeen())) {
            PDResources resources = pdf.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName());
                assertTrue(font.isEmbedded(), font.getName());
            }
            assertTrue(fonts.stream().anyMatch(name -> name.contains("LiberationSans-Bold")), fonts.toString());
        }
    }

    @Test
    void noBadgesGiveAPageThatSaysSo() throws IOException {
        try (PDDocument pdf = pdf(BadgeLayout.A4_8, List.of())) {
            assertEquals(1, pdf.getNumberOfPages());
            assertTrue(text(pdf).contains("Inga namnbrickor"), text(pdf));
        }
    }

    @Test
    void writesPagesWhileItReadsTheBadges() {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed by the document");
            }
        };
        List<Integer> writtenWhenRead = new ArrayList<>();
        Iterator<BadgeCard> cards = new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < 2000;
            }

            @Override
            public BadgeCard next() {
                if (n % 500 == 0) {
                    writtenWhenRead.add(out.size());
                }
                return BadgeCards.number(n++);
            }
        };

        new BadgeSheet(BadgeLayout.A4_8, EVENT, null, Messages.SWEDISH).write(cards, out);

        assertEquals(0, writtenWhenRead.get(0));
        for (int i = 1; i < writtenWhenRead.size(); i++) {
            assertTrue(writtenWhenRead.get(i) > writtenWhenRead.get(i - 1), writtenWhenRead.toString());
        }
        assertTrue(out.size() > writtenWhenRead.get(writtenWhenRead.size() - 1));
    }

    /** Every glyph on the page lies wholly within one card, none in the margins or across an edge. */
    private static void assertEveryGlyphWithinACard(PDDocument pdf, int page, BadgeLayout layout, float right,
            float down) throws IOException {
        List<Rectangle2D> cards = new ArrayList<>();
        for (int slot = 0; slot < layout.badgesPerPage(); slot++) {
            Rectangle2D card = card(layout, slot, right, down);
            cards.add(new Rectangle2D.Double(card.getX() - TOLERANCE, card.getY() - TOLERANCE,
                    card.getWidth() + 2 * TOLERANCE, card.getHeight() + 2 * TOLERANCE));
        }
        for (TextPosition glyph : glyphs(pdf, page)) {
            Rectangle2D box = box(glyph);
            assertTrue(cards.stream().anyMatch(card -> card.contains(box)),
                    "'" + glyph.getUnicode() + "' at " + box + " on page " + page);
        }
    }

    private static void assertQuietZoneLight(BufferedImage image) {
        int quiet = QrCode.QUIET_MODULES;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                boolean inQuietZone = Math.min(x, y) < quiet || Math.max(x, y) >= image.getWidth() - quiet;
                if (inQuietZone) {
                    assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "pixel " + x + ", " + y);
                }
            }
        }
    }

    private static String sorted(String text) {
        return withoutSpace(text).chars().sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static byte[] logo() throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1F, 0x4E, 0x79));
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.WHITE);
        g.fillOval(20, 20, 60, 60);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** Title, author, subject and language; on each badge the name is read before the organisation. */
    @Test
    void carriesItsMetadataAndReadsANameBeforeItsOrganisation() throws IOException {
        List<BadgeCard> cards = BadgeCards.seventeen();
        try (PDDocument pdf = pdf(BadgeLayout.A4_8, cards)) {
            PdfInspection.assertMetadata(pdf, "Namnbrickor: " + EVENT, "Samverka", "sv");
            BadgeCard first = cards.get(0);
            BadgeCard second = cards.get(1);
            PdfInspection.assertReadInOrder(PdfInspection.textInReadingOrder(pdf), first.firstName(), first.lastName(),
                    first.organisation(), second.firstName(), second.lastName(), second.organisation());
        }
    }
}
