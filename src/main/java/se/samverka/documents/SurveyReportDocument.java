package se.samverka.documents;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import se.samverka.platform.Messages;

/**
 * The survey report (A4) for organisers: how many answered and what the suppression does, then per question a
 * table of its figures for everyone and for each shown group (groups under three are already folded by the caller),
 * bars of everyone's counts drawn beside their numbers, and the free texts; a question with too few answers says
 * so instead of showing figures.
 */
public final class SurveyReportDocument {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final float QUESTION_SIZE = 12.5f;
    private static final float LABEL_WIDTH = 34f;
    private static final float GROUP_WIDTH = 11f;
    private static final float[] BAR_WIDTHS = {34f, 52f, 14f};
    /** Room a question's heading and the start of its table need, so that the heading does not end a page. */
    private static final float ROOM_FOR_QUESTION = 140f;

    private final String eventTitle;
    private final Locale locale;

    public SurveyReportDocument(String eventTitle, Locale locale) {
        this.eventTitle = eventTitle;
        this.locale = Messages.supported(locale);
    }

    /**
     * Writes the report and leaves the output open.
     *
     * @param minimum the smallest group shown on its own, for the note on suppression
     */
    public void write(int respondents, int minimum, List<SurveyReportQuestion> questions, OutputStream out) {
        ListDocument list = ListDocument.open(locale, "surveyReport.pageOf",
                Messages.format(locale, "surveyReport.documentTitle", eventTitle), eventTitle,
                "surveyReport", null, out);
        list.heading(Messages.text(locale, "surveyReport.label"), eventTitle,
                Messages.format(locale, "surveyReport.respondents", respondents),
                Messages.format(locale, "surveyReport.suppression", minimum));
        int number = 0;
        for (SurveyReportQuestion question : questions) {
            list.keepRoom(ROOM_FOR_QUESTION);
            list.gap();
            list.line(18, new Chunk(++number + ". " + question.text(), PdfFonts.bold(QUESTION_SIZE, PdfFonts.ACCENT)));
            if (question.session() != null) {
                list.line(14, new Chunk(Messages.format(locale, "surveyReport.session", question.session()),
                        PdfFonts.regular(9.5f, PdfFonts.MUTED)));
            }
            if (question.tooFew()) {
                list.paragraph(18, Messages.text(locale, "surveyReport.tooFew"), 10, false);
                continue;
            }
            list.gap();
            figures(list, question);
            if (!question.keys().isEmpty() && !question.columns().isEmpty()) {
                list.gap();
                bars(list, question);
            }
            if (!question.texts().isEmpty()) {
                list.gap();
                list.line(15, new Chunk(Messages.text(locale, "surveyReport.texts"), PdfFonts.bold(10)));
                question.texts().forEach(text -> list.paragraph(14, "– " + text, 10, false));
            }
        }
        list.close();
    }

    /** Rows: how many answered, the mean, each key's count; a column for everyone, then one per shown group. */
    private void figures(ListDocument list, SurveyReportQuestion question) {
        List<SurveyReportColumn> columns = question.columns();
        float[] widths = new float[columns.size() + 1];
        widths[0] = LABEL_WIDTH;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = GROUP_WIDTH;
        }
        ListTables table = ListTables.streamInto(list.document(), list.writer(), widths, 1);
        table.addHeader(ListTables.header(Messages.text(locale, "surveyReport.column.answer")));
        columns.forEach(column -> table.addHeader(number(ListTables.header(column.group()))));
        PdfPCell[] answered = new PdfPCell[widths.length];
        answered[0] = ListTables.text(Messages.text(locale, "surveyReport.row.n"));
        for (int i = 0; i < columns.size(); i++) {
            answered[i + 1] = number(ListTables.text(String.valueOf(columns.get(i).n())));
        }
        table.addRow(answered);
        if (question.rating()) {
            PdfPCell[] mean = new PdfPCell[widths.length];
            mean[0] = ListTables.text(Messages.text(locale, "surveyReport.row.mean"));
            for (int i = 0; i < columns.size(); i++) {
                mean[i + 1] = number(ListTables.text(decimal(columns.get(i).mean())));
            }
            table.addRow(mean);
        }
        for (int k = 0; k < question.keys().size(); k++) {
            PdfPCell[] row = new PdfPCell[widths.length];
            row[0] = ListTables.text(question.keys().get(k));
            for (int i = 0; i < columns.size(); i++) {
                List<Integer> counts = columns.get(i).counts();
                row[i + 1] = number(ListTables.text(k < counts.size() ? String.valueOf(counts.get(k)) : ""));
            }
            table.addRow(row);
        }
        table.finish();
    }

    /** Everyone's counts as horizontal bars, each with its number and share. */
    private void bars(ListDocument list, SurveyReportQuestion question) {
        SurveyReportColumn everyone = question.columns().get(0);
        int max = everyone.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        ListTables table = ListTables.streamInto(list.document(), list.writer(), BAR_WIDTHS, 0);
        for (int k = 0; k < question.keys().size() && k < everyone.counts().size(); k++) {
            int count = everyone.counts().get(k);
            String share = everyone.n() == 0 ? "" : " (" + percent.format((double) count / everyone.n()) + ")";
            table.addRow(ListTables.text(question.keys().get(k)), bar(count, max),
                    number(ListTables.text(count + share)));
        }
        table.finish();
    }

    private static PdfPCell bar(int count, int max) {
        PdfPCell cell = ListTables.text("");
        cell.setCellEvent((ignored, position, canvases) -> {
            if (count == 0 || max == 0) {
                return;
            }
            float room = position.getWidth() - 6;
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            canvas.saveState();
            canvas.setColorFill(PdfFonts.ACCENT);
            canvas.rectangle(position.getLeft() + 3, position.getBottom() + 5, room * count / max,
                    position.getHeight() - 10);
            canvas.fill();
            canvas.restoreState();
        });
        return cell;
    }

    private static PdfPCell number(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
