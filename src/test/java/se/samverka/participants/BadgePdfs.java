package se.samverka.participants;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import se.samverka.documents.PdfInspection;
import se.samverka.platform.SwedishCollation;

/** Reading badge PDFs back in the badge tests: QR codes page by page, and the order badges should come in. */
final class BadgePdfs {

    private BadgePdfs() {
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** The check-in codes found on each page, in page order. */
    static List<Set<String>> codesByPage(PDDocument pdf) throws IOException {
        List<Set<String>> pages = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            pages.add(PdfInspection.qrCodes(pdf, page, 200));
        }
        return pages;
    }

    /** Registrations (as the API lists them) in badge order: Swedish surname, first name, then number. */
    static List<JsonObject> inBadgeOrder(List<JsonObject> registrations) {
        return registrations.stream()
                .sorted(Comparator.comparing((JsonObject r) -> SwedishCollation.sortKey(r.getString("lastName"),
                        r.getString("firstName"))).thenComparing(r -> r.getJsonNumber("id").longValue()))
                .toList();
    }

    /** The check-in codes expected on each page when these badges fill pages of {@code perPage}. */
    static List<Set<String>> expectedPages(List<JsonObject> ordered, int perPage) {
        List<Set<String>> pages = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i += perPage) {
            Set<String> page = new TreeSet<>();
            ordered.subList(i, Math.min(ordered.size(), i + perPage)).forEach(r -> page.add(r.getString("checkInCode")));
            pages.add(page);
        }
        return pages;
    }
}
