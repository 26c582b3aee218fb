package se.samverka.documents;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every Samverka PDF: Liberation Sans, embedded (subset) with Identity-H, so that
 * å, ä, ö and any other character print right whatever fonts the reader has. The TTF files come
 * from the classpath (openpdf-fonts-extra) and are parsed once.
 */
final class PdfFonts {

    static final Color TEXT = new Color(0x1F, 0x29, 0x33);
    static final Color MUTED = new Color(0x4A, 0x55, 0x68);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);

    private PdfFonts() {
    }

    static Font regular(float size) {
        return regular(size, TEXT);
    }

    static Font regular(float size, Color color) {
        return new Font(Loaded.REGULAR, size, Font.NORMAL, color);
    }

    static Font bold(float size) {
        return bold(size, TEXT);
    }

    static Font bold(float size, Color color) {
        return new Font(Loaded.BOLD, size, Font.NORMAL, color);
    }

    static BaseFont regularBase() {
        return Loaded.REGULAR;
    }

    static BaseFont boldBase() {
        return Loaded.BOLD;
    }

    /** Loaded on first use, not when the class is merely referenced. */
    private static final class Loaded {
        static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSans-Bold.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Font not on the classpath: /liberation/" + file);
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + file, e);
            }
        }
    }
}
