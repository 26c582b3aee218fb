package se.samverka.documents;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/**
 * How name badges sit on the paper. The grid of cards is centred on the page; a printer's shift is
 * corrected with {@link BadgeSheet#shiftedBy(float, float)}.
 */
public enum BadgeLayout {

    /** Eight cards of 90 × 55 mm (2 × 4) on A4, edge to edge, with cut marks and hairline borders, for cutting. */
    A4_8(PageSize.A4, 2, 4, 90f, 55f, 0f, true),

    /** Ten labels of 99.1 × 57 mm (2 × 5, 2.5 mm between the columns) on A4: Avery L7173 and equivalents. */
    A4_10(PageSize.A4, 2, 5, 99.1f, 57f, 2.5f, false),

    /** One badge per A6 page (105 × 148 mm, portrait), larger type, for badge holders that take A6. */
    A6(PageSize.A6, 1, 1, 105f, 148f, 0f, false);

    static final float POINTS_PER_MM = 72f / 25.4f;

    private final Rectangle page;
    private final int columns;
    private final int rows;
    private final float cardWidth;
    private final float cardHeight;
    private final float columnGap;
    private final boolean forCutting;

    BadgeLayout(Rectangle page, int columns, int rows, float cardWidthMm, float cardHeightMm, float columnGapMm,
            boolean forCutting) {
        this.page = page;
        this.columns = columns;
        this.rows = rows;
        this.cardWidth = cardWidthMm * POINTS_PER_MM;
        this.cardHeight = cardHeightMm * POINTS_PER_MM;
        this.columnGap = columnGapMm * POINTS_PER_MM;
        this.forCutting = forCutting;
    }

    public int badgesPerPage() {
        return columns * rows;
    }

    Rectangle page() {
        return page;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return rows;
    }

    /** Card size in points. */
    float cardWidth() {
        return cardWidth;
    }

    float cardHeight() {
        return cardHeight;
    }

    /** Cut marks in the margins and a hairline around each card. */
    boolean forCutting() {
        return forCutting;
    }

    /** The left edge of the cards in a column (from 0), unshifted, in points from the left of the page. */
    float cardLeft(int column) {
        float gridWidth = columns * cardWidth + (columns - 1) * columnGap;
        return (page.getWidth() - gridWidth) / 2 + column * (cardWidth + columnGap);
    }

    /** The bottom edge of the cards in a row (from 0 at the top), unshifted, in points from the foot of the page. */
    float cardBottom(int row) {
        float gridTop = (page.getHeight() + rows * cardHeight) / 2;
        return gridTop - (row + 1) * cardHeight;
    }

    /** Portrait cards stack their parts and centre them; landscape cards put the QR code beside the names. */
    boolean portrait() {
        return cardHeight > cardWidth;
    }
}
