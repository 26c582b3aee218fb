package se.samverka.participants;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.samverka.platform.Messages;

/**
 * Participants as an Excel workbook: a bold, frozen header row with filters. POI's streaming
 * workbook keeps only a window of rows in memory and flushes the rest to a temporary file, so ten
 * thousand rows cost what a hundred do.
 */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 100;
    private static final int[] WIDTHS = {18, 16, 30, 22, 20, 18, 30, 16, 24, 40, 12};

    private XlsxExport() {
    }

    /** Writes the workbook; returns how many participants. Leaves the output open. */
    public static int write(Iterator<ExportRow> rows, Locale locale, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(Messages.text(locale, "participants.sheetName"));
            String[] headers = ExportRow.headers(locale);
            fill(sheet.createRow(0), headers, bold(workbook));
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int count = 0;
            while (rows.hasNext()) {
                fill(sheet.createRow(++count), rows.next().cells(), null);
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(count, 1), 0, headers.length - 1));
            workbook.write(out);
            return count;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    /** Any table as one sheet with a bold, frozen header row; returns how many rows. Leaves the output open. */
    public static int table(String sheetName, String[] headers, Iterator<String[]> rows, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            fill(sheet.createRow(0), headers, bold(workbook));
            for (int i = 0; i < headers.length; i++) {
                sheet.setColumnWidth(i, Math.max(12, headers[i].length() + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            int count = 0;
            while (rows.hasNext()) {
                fill(sheet.createRow(++count), rows.next(), null);
            }
            workbook.write(out);
            return count;
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static void fill(Row row, String[] values, CellStyle style) {
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(values[i]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static CellStyle bold(SXSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
