package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * What every PDF Samverka makes says about itself, set in this one place before the document opens: its title
 * (which the viewer shows instead of the file name, as PDF/UA and WCAG 2.4.2 ask), its author (the event's
 * organiser, the certificate's issuer, the meeting's convener; Samverka when the document has none), its subject
 * (what kind of document it is, from the bundle key {@code pdf.subject.<kind>}), its natural language (the
 * catalogue's {@code /Lang}, so that a screen reader speaks Swedish as Swedish), and Samverka as the creator.
 * <p>
 * The documents are not tagged: OpenPDF marks a document tagged without giving its text a structure, which would
 * claim more than is there (the accessibility statement says so).
 */
final class PdfMetadata {

    static final String SAMVERKA = "Samverka";

    private PdfMetadata() {
    }

    /**
     * @param kind   the document kind for the subject: {@code pdf.subject.<kind>} in the bundle
     * @param author who stands behind the document; Samverka when null or blank
     */
    static void apply(Document document, PdfWriter writer, Locale locale, String title, String kind, String author) {
        applyWithSubject(document, writer, locale, title, Messages.text(Messages.supported(locale), "pdf.subject." + kind),
                author);
    }

    /** As {@link #apply}, with a subject of the document's own (such as a meeting's purpose). */
    static void applyWithSubject(Document document, PdfWriter writer, Locale locale, String title, String subject,
            String author) {
        Locale language = Messages.supported(locale);
        document.addTitle(title == null ? "" : title.strip());
        document.addAuthor(author == null || author.isBlank() ? SAMVERKA : author.strip());
        document.addSubject(subject == null ? "" : subject.strip());
        document.addCreator(SAMVERKA);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.toLanguageTag()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    }
}
