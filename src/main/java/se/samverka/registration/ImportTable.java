package se.samverka.registration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of an uploaded file, row by row: a spreadsheet (XLSX or XLS, first sheet) or CSV text
 * (UTF-8 with or without BOM, else Windows-1252 as older Excel saves it; separator ; , or tab, whichever
 * the header line uses most). Blank rows are left out; each row keeps its number in the file.
 */
final class ImportTable {

    /** One row of cells and its number in the file (1 = first line). */
    record Line(int number, List<String> cells) {
    }

    private ImportTable() {
    }

    /** The file's rows; throws IOException when a spreadsheet cannot be read. */
    static List<Line> read(byte[] content) throws IOException {
        return isWorkbook(content) ? workbook(content) : csv(text(content));
    }

    private static boolean isWorkbook(byte[] b) {
        boolean zip = b.length > 3 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean ole2 = b.length > 3 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && b[2] == 0x11 && (b[3] & 0xFF) == 0xE0;
        return zip || ole2;
    }

    private static List<Line> workbook(byte[] content) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true);
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                addUnlessBlank(lines, row.getRowNum() + 1, cells);
            }
        } catch (RuntimeException e) {
            throw new IOException("unreadable spreadsheet", e);
        }
        return lines;
    }

    static String text(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return new String(content, start, content.length - start, Charset.forName("windows-1252"));
        }
    }

    static List<Line> csv(String text) {
        char separator = separator(text);
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(lines, rowStart, cells);
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        addUnlessBlank(lines, rowStart, cells);
        return lines;
    }

    /** The separator the first line uses most (outside quotes): semicolon, comma or tab; comma when none. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += ch == ';' ? 1 : 0;
                commas += ch == ',' ? 1 : 0;
                tabs += ch == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static void addUnlessBlank(List<Line> lines, int number, List<String> cells) {
        List<String> stripped = cells.stream().map(String::strip).toList();
        if (stripped.stream().anyMatch(c -> !c.isEmpty())) {
            lines.add(new Line(number, stripped));
        }
    }
}
