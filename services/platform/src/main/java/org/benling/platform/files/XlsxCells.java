package org.benling.platform.files;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes export cells that cannot turn into formulas. Names, titles and unit names come from users, and a
 * spreadsheet program treats text starting with {@code = + - @} (or a tab or carriage return) as a formula
 * once someone edits the cell or saves the sheet as CSV ("CSV injection", OWASP). Such text gets Excel's
 * quote prefix ({@code quotePrefix="1"}, the leading apostrophe a user would type): the cell shows and keeps
 * the exact text, and Excel and LibreOffice never evaluate it. Dates are date cells, numbers number cells.
 *
 * <p>One instance per workbook: it holds the workbook's styles, created once (a streaming workbook keeps every
 * style in memory, so none per cell).
 */
public final class XlsxCells {

    private final CellStyle quoted;
    private final CellStyle date;

    public XlsxCells(Workbook workbook) {
        this.quoted = workbook.createCellStyle();
        this.quoted.setQuotePrefixed(true);
        this.date = workbook.createCellStyle();
        this.date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    /** A text cell; blank for null. */
    public Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            if (wouldEvaluate(value)) {
                cell.setCellStyle(quoted);
            }
        }
        return cell;
    }

    /** A date cell shown as 2026-01-31; blank for null. */
    public Cell date(Row row, int column, LocalDate value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
            cell.setCellStyle(date);
        }
        return cell;
    }

    /**
     * A cell for a value of any type: a date cell for a {@link LocalDate}, a number cell for a {@link Number},
     * 是/否 for a {@link Boolean} (the exports are Chinese), text otherwise; blank for null.
     */
    public Cell value(Row row, int column, Object value) {
        if (value instanceof LocalDate d) {
            return date(row, column, d);
        }
        if (value instanceof Number n) {
            return number(row, column, n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return text(row, column, b ? "是" : "否");
        }
        return text(row, column, value == null ? null : value.toString());
    }

    public Cell number(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    /** Whether a spreadsheet program would read this text as a formula (or a DDE command) when it is edited. */
    public static boolean wouldEvaluate(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }
}
