package org.benling.platform.files;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An xlsx export described by its columns: each has a header, a width and what a row shows in it. The value's
 * type picks the cell: a {@link LocalDate} is a date cell, a {@link Number} a number cell, a {@link Boolean} 是/否,
 * anything else text written through {@link XlsxCells} (so user text never turns into a formula). The sheet is
 * streamed (large exports stay small in memory), with a bold header row that stays in view.
 *
 * <pre>{@code
 * XlsxTable.<TenureRow>sheet("任职年限提醒")
 *         .column("工号", 12, TenureRow::employeeNumber)
 *         .column("应交流日期", 12, TenureRow::dueOn)
 *         .write(rows, out);
 * }</pre>
 */
public final class XlsxTable<T> {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Rows a streaming sheet keeps in memory before it flushes them to disk. */
    private static final int WINDOW = 500;

    private record Column<T>(String header, int width, Function<? super T, ?> value) {
    }

    private final String sheetName;
    private final List<Column<T>> columns = new ArrayList<>();

    private XlsxTable(String sheetName) {
        this.sheetName = sheetName;
    }

    public static <T> XlsxTable<T> sheet(String name) {
        return new XlsxTable<>(name);
    }

    /** A column {@code width} characters wide. */
    public XlsxTable<T> column(String header, int width, Function<? super T, ?> value) {
        columns.add(new Column<>(header, width, value));
        return this;
    }

    public void write(Iterable<? extends T> rows, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = workbook.createSheet(sheetName);
            header(workbook, sheet, columns.stream().map(Column::header).toList(),
                    columns.stream().map(Column::width).toList());
            XlsxCells cells = new XlsxCells(workbook);
            int r = 1;
            for (T item : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    cells.value(row, c, columns.get(c).value().apply(item));
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header row every export and template shares: bold on grey, each column as wide as given, frozen. */
    public static void header(Workbook workbook, Sheet sheet, List<String> headers, List<Integer> widths) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, widths.get(c) * 256);
        }
        sheet.createFreezePane(0, 1);
    }
}
