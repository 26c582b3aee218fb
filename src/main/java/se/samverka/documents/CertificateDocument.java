package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import se.samverka.platform.Messages;

/**
 * A certificate (A4): of attendance, with the sessions attended and the hours, or of contribution, with the
 * speaker's sessions. It is signed (name, title and a picture of the signature when there is one), carries the
 * event's logo, and ends with its verification code and a QR code to the address where anyone can check it.
 * Swedish or English; the PDF's title, author and language are set.
 */
public final class CertificateDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final Logger LOG = Logger.getLogger(CertificateDocument.class.getName());
    private static final float MARGIN = 64f;
    /** Room kept at the foot of the page for the code and its QR code. */
    private static final float FOOT = 150f;
    private static final float QR_SIZE = 96f;
    private static final Color PREVIEW = new Color(0x9A, 0x1B, 0x1B);

    /** What the certificate says. {@code sessions} are lines "YYYY-MM-DD HH:MM–HH:MM Title". */
    public record Content(boolean contribution, String holder, String organisation, String eventTitle, LocalDate firstDay,
            LocalDate lastDay, String venue, List<String> sessions, double hours, String issuerName, String issuerTitle,
            byte[] signature, byte[] logo, String code, String verifyUrl, LocalDate issuedOn, boolean preview) {
    }

    private final Locale locale;

    public CertificateDocument(Locale locale) {
        this.locale = Messages.supported(locale);
    }

    /** Writes one certificate; leaves the output open. */
    public void write(Content content, OutputStream out) {
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, 56f, FOOT);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        PdfMetadata.apply(document, writer, locale,
                Messages.format(locale, "certificate.pdf.documentTitle", content.holder(), content.eventTitle()),
                "certificate", content.issuerName());
        document.open();
        try {
            logo(document, content.logo());
            heading(document, content);
            sessions(document, content);
            signature(document, content);
            foot(writer.getDirectContent(), document, content);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.close();
    }

    private void logo(Document document, byte[] logo) {
        if (logo == null) {
            return;
        }
        try {
            Image image = Image.getInstance(logo);
            image.scaleToFit(140, 56);
            image.setAlignment(Element.ALIGN_LEFT);
            document.add(image);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "The event's logo could not be read; the certificate is made without it: " + e);
        }
    }

    private void heading(Document document, Content content) {
        String kind = content.contribution() ? "contribution" : "attendance";
        Paragraph title = new Paragraph(48, Messages.text(locale, "certificate.pdf.title").toUpperCase(locale),
                PdfFonts.bold(34, PdfFonts.ACCENT));
        title.setSpacingBefore(18);
        document.add(title);
        document.add(new Paragraph(22, Messages.text(locale, "certificate.pdf.subtitle." + kind), PdfFonts.bold(15,
                PdfFonts.MUTED)));
        if (content.preview()) {
            document.add(new Paragraph(20, Messages.text(locale, "certificate.pdf.preview"), PdfFonts.bold(12,
                    PREVIEW)));
        }
        Paragraph certifies = new Paragraph(18, Messages.text(locale, "certificate.pdf.certifies"), PdfFonts.regular(12));
        certifies.setSpacingBefore(26);
        document.add(certifies);
        document.add(new Paragraph(34, content.holder(), PdfFonts.bold(26)));
        if (content.organisation() != null && !content.organisation().isBlank()) {
            document.add(new Paragraph(18, content.organisation(), PdfFonts.regular(12, PdfFonts.MUTED)));
        }
        Paragraph did = new Paragraph(18, Messages.text(locale, "certificate.pdf.did." + kind), PdfFonts.regular(12));
        did.setSpacingBefore(12);
        document.add(did);
        document.add(new Paragraph(24, content.eventTitle(), PdfFonts.bold(17)));
        String place = content.venue() == null || content.venue().isBlank() ? "" : ", " + content.venue();
        document.add(new Paragraph(18, dates(content.firstDay(), content.lastDay()) + place, PdfFonts.regular(12)));
    }

    private void sessions(Document document, Content content) {
        if (content.sessions().isEmpty()) {
            return;
        }
        Paragraph heading = new Paragraph(18, Messages.text(locale, "certificate.pdf.sessions"), PdfFonts.bold(12));
        heading.setSpacingBefore(18);
        heading.setSpacingAfter(4);
        document.add(heading);
        PdfPTable table = new PdfPTable(new float[] {34f, 66f});
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String line : content.sessions()) {
            String[] parts = line.split(" ", 3);
            table.addCell(cell(when(parts)));
            table.addCell(cell(parts.length > 2 ? parts[2] : ""));
        }
        document.add(table);
        if (!content.contribution()) {
            Paragraph total = new Paragraph(18, Messages.format(locale, "certificate.pdf.hours", content.hours()),
                    PdfFonts.bold(12));
            total.setSpacingBefore(6);
            document.add(total);
        }
    }

    private void signature(Document document, Content content) {
        Paragraph issued = new Paragraph(18, Messages.format(locale, "certificate.pdf.issued",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(content.issuedOn())),
                PdfFonts.regular(11, PdfFonts.MUTED));
        issued.setSpacingBefore(22);
        document.add(issued);
        if (content.signature() != null) {
            try {
                Image signature = Image.getInstance(content.signature());
                signature.scaleToFit(170, 56);
                signature.setSpacingBefore(6);
                document.add(signature);
            } catch (IOException | RuntimeException e) {
                LOG.warning(() -> "The signature picture could not be read; the certificate is made without it: " + e);
            }
        }
        if (content.issuerName() != null) {
            Paragraph name = new Paragraph(16, content.issuerName(), PdfFonts.bold(12));
            name.setSpacingBefore(content.signature() == null ? 28 : 2);
            document.add(name);
        }
        if (content.issuerTitle() != null) {
            document.add(new Paragraph(15, content.issuerTitle(), PdfFonts.regular(11, PdfFonts.MUTED)));
        }
    }

    /** The code and the QR code to the verification page, at the foot of the (last) page. */
    private void foot(PdfContentByte canvas, Document document, Content content) {
        float left = document.left();
        float bottom = 48f;
        QrCode.of(content.verifyUrl()).draw(canvas, left, bottom, QR_SIZE);
        float textLeft = left + QR_SIZE + 16;
        canvas.beginText();
        canvas.setColorFill(PdfFonts.MUTED);
        canvas.setFontAndSize(PdfFonts.regularBase(), 10);
        canvas.setTextMatrix(textLeft, bottom + 66);
        canvas.showText(Messages.text(locale, "certificate.pdf.verify"));
        canvas.setFontAndSize(PdfFonts.boldBase(), 16);
        canvas.setColorFill(PdfFonts.TEXT);
        canvas.setTextMatrix(textLeft, bottom + 44);
        canvas.showText(content.code());
        canvas.setFontAndSize(PdfFonts.regularBase(), 10);
        canvas.setColorFill(PdfFonts.ACCENT);
        canvas.setTextMatrix(textLeft, bottom + 26);
        canvas.showText(content.verifyUrl());
        canvas.endText();
    }

    private PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, PdfFonts.regular(10.5f)));
        cell.setBorder(PdfPCell.BOTTOM);
        cell.setBorderColor(ListTables.RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** "tis 14 apr 09:00–10:00" from "2026-04-14 09:00–10:00". */
    private String when(String[] parts) {
        try {
            LocalDate day = LocalDate.parse(parts[0]);
            return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day) + " " + (parts.length > 1 ? parts[1] : "");
        } catch (RuntimeException unexpected) {
            return parts[0];
        }
    }

    private String dates(LocalDate first, LocalDate last) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return first.equals(last) ? format.format(first) : format.format(first) + " – " + format.format(last);
    }
}
