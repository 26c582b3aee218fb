package se.samverka.certificate;

import java.text.Normalizer;
import java.util.Locale;

/** The media type and file names of certificate PDFs. */
final class CertificatePdfMedia {

    static final String PDF = "application/pdf";

    private CertificatePdfMedia() {
    }

    /** "intyg-asa-oberg-7KQM-2XH9-TR4B.pdf": readable, ASCII, unique by its code. */
    static String fileName(Certificate certificate) {
        String name = Normalizer.normalize(certificate.getHolderName(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String kind = certificate.getKind() == CertificateKind.CONTRIBUTION ? "medverkan" : "intyg";
        return kind + "-" + (name.isEmpty() ? "deltagare" : name) + "-" + certificate.getCode() + ".pdf";
    }
}
