package se.samverka.documents;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;
import java.util.HashMap;
import java.util.Map;
import se.samverka.documents.BadgeFaceLayout.Box;

/**
 * Draws one name badge: first name large, surname, organisation (and the dialogue table, when there is
 * one), the sector's band, and the QR code with the check-in code under it. What every badge of a sheet shares (event name, logo, hairline
 * border) is drawn once into a template that each card reuses.
 */
final class BadgeFace {

    private static final Color HAIRLINE = new Color(0xB4, 0xBC, 0xC6);
    private static final float CAP_HEIGHT = 0.72f;
    private static final float LOGO_GAP = 6f;

    private final BadgeFaceLayout layout;
    private final PdfTemplate background;
    private final Map<String, SectorColour> colours = new HashMap<>();

    /**
     * @param logo   scaled into the top-left corner; may be null
     * @param border a hairline around the card, for cutting
     */
    BadgeFace(PdfContentByte canvas, BadgeFaceLayout layout, String eventName, Image logo, boolean border) {
        this.layout = layout;
        this.background = canvas.createTemplate(layout.width(), layout.height());
        drawBackground(eventName, logo, border);
    }

    /** Draws the card whose bottom-left corner is at (x, y). */
    void draw(PdfContentByte canvas, BadgeCard card, float x, float y) {
        canvas.addTemplate(background, x, y);
        drawBand(canvas, card, x, y);
        drawNames(canvas, card, x, y);
        drawCode(canvas, card.checkInCode(), x, y);
    }

    private void drawBackground(String eventName, Image logo, boolean border) {
        Box strip = layout.strip();
        if (border) {
            background.setColorStroke(HAIRLINE);
            background.setLineWidth(0.3f);
            background.rectangle(0.15f, 0.15f, layout.width() - 0.3f, layout.height() - 0.3f);
            background.stroke();
        }
        float textLeft = strip.x();
        if (logo != null) {
            float scale = Math.min(layout.logoMaxWidth() / logo.getWidth(), strip.h() / logo.getHeight());
            float w = logo.getWidth() * scale;
            float h = logo.getHeight() * scale;
            background.addImage(logo, w, 0, 0, h, strip.x(), strip.y() + (strip.h() - h) / 2);
            textLeft += w + LOGO_GAP;
        }
        if (eventName != null && !eventName.isBlank()) {
            drawEventName(eventName, textLeft, logo == null);
        }
    }

    /** On one line, or two if it must, centred in the strip's height (and width, on portrait cards without a logo). */
    private void drawEventName(String eventName, float left, boolean alone) {
        Box strip = layout.strip();
        float width = strip.right() - left;
        FittedText name = FittedText.fit(eventName, PdfFonts.regularBase(), width, layout.eventName().max(),
                layout.eventName().min());
        if (name.height() > strip.h()) {
            name = name.scaled(strip.h() / name.height());
        }
        float top = strip.y() + (strip.h() + name.height()) / 2;
        for (int i = 0; i < name.lines().size(); i++) {
            float x = layout.centred() && alone ? left + (width - lineWidth(name, i, false)) / 2 : left;
            float baseline = top - FittedText.ASCENT * name.size() - i * FittedText.LEADING * name.size();
            text(background, PdfFonts.regularBase(), name.size(), PdfFonts.MUTED, name.lines().get(i), x, baseline);
        }
    }

    private void drawBand(PdfContentByte canvas, BadgeCard card, float x, float y) {
        Box band = layout.band();
        SectorColour colour = colours.computeIfAbsent(String.valueOf(card.sectorColour()), SectorColour::of);
        canvas.setColorFill(colour.band());
        canvas.rectangle(x + band.x(), y + band.y(), band.w(), band.h());
        canvas.fill();
        if (card.sectorName() == null || card.sectorName().isBlank()) {
            return;
        }
        float inset = band.h() * 0.4f;
        FittedText name = FittedText.oneLine(card.sectorName(), PdfFonts.boldBase(), band.w() - 2 * inset,
                layout.sectorName().max(), layout.sectorName().min());
        float left = band.x() + (band.w() - lineWidth(name, 0, true)) / 2;
        float baseline = band.y() + (band.h() - CAP_HEIGHT * name.size()) / 2;
        text(canvas, PdfFonts.boldBase(), name.size(), colour.text(), name.lines().get(0), x + left, y + baseline);
    }

    /** First name, surname and organisation stacked from the top (centred on portrait cards), shrunk to fit. */
    private void drawNames(PdfContentByte canvas, BadgeCard card, float x, float y) {
        Box box = layout.names();
        FittedText first = FittedText.fit(card.firstName(), PdfFonts.boldBase(), box.w(), layout.firstName().max(),
                layout.firstName().min());
        FittedText last = FittedText.fit(card.lastName(), PdfFonts.regularBase(), box.w(), layout.lastName().max(),
                layout.lastName().min());
        FittedText organisation = FittedText.fit(card.organisation(), PdfFonts.regularBase(), box.w(),
                layout.organisation().max(), layout.organisation().min());
        FittedText table = card.table() == null ? null : FittedText.oneLine(card.table(), PdfFonts.boldBase(), box.w(),
                layout.organisation().max(), layout.organisation().min());
        float gap = organisation.size() * 0.6f;
        float total = first.height() + last.height() + gap + organisation.height()
                + (table == null ? 0 : gap + table.height());
        if (total > box.h()) {
            float factor = box.h() / total;
            first = first.scaled(factor);
            last = last.scaled(factor);
            organisation = organisation.scaled(factor);
            table = table == null ? null : table.scaled(factor);
            gap *= factor;
            total = box.h();
        }
        float top = y + (layout.centred() ? box.y() + (box.h() + total) / 2 : box.top());
        top = lines(canvas, first, true, PdfFonts.TEXT, x, top);
        top = lines(canvas, last, false, PdfFonts.TEXT, x, top);
        top = lines(canvas, organisation, false, PdfFonts.MUTED, x, top - gap);
        if (table != null) {
            lines(canvas, table, true, PdfFonts.TEXT, x, top - gap);
        }
    }

    /** Prints the lines of a text below {@code top}; returns where the next text begins. */
    private float lines(PdfContentByte canvas, FittedText text, boolean bold, Color colour, float x, float top) {
        BaseFont font = bold ? PdfFonts.boldBase() : PdfFonts.regularBase();
        Box box = layout.names();
        for (int i = 0; i < text.lines().size(); i++) {
            float left = box.x() + (layout.centred() ? (box.w() - lineWidth(text, i, bold)) / 2 : 0);
            float baseline = top - FittedText.ASCENT * text.size() - i * FittedText.LEADING * text.size();
            text(canvas, font, text.size(), colour, text.lines().get(i), x + left, baseline);
        }
        return top - text.height();
    }

    private void drawCode(PdfContentByte canvas, String code, float x, float y) {
        if (code == null || code.isBlank()) {
            return;
        }
        Box qr = layout.qr();
        QrCode.of(code).draw(canvas, x + qr.x(), y + qr.y(), qr.w());
        FittedText shown = FittedText.oneLine(code, PdfFonts.regularBase(), qr.w(), layout.codeSize(),
                layout.codeSize() / 2);
        float left = qr.x() + (qr.w() - lineWidth(shown, 0, false)) / 2;
        text(canvas, PdfFonts.regularBase(), shown.size(), PdfFonts.MUTED, shown.lines().get(0), x + left,
                y + qr.y() - 1.3f * shown.size());
    }

    private static float lineWidth(FittedText text, int line, boolean bold) {
        BaseFont font = bold ? PdfFonts.boldBase() : PdfFonts.regularBase();
        return font.getWidthPoint(text.lines().get(line), text.size());
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, Color colour, String text, float x,
            float y) {
        if (text.isEmpty()) {
            return;
        }
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setColorFill(colour);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }
}
