package org.benling.personnel.roster;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.benling.platform.problem.Problem.Violation;
import org.benling.platform.problem.ProblemException;

/** Reads the first sheet of an uploaded roster into rows, matching columns by their header text. */
final class RosterWorkbookReader {

    private final DataFormatter formatter = new DataFormatter();

    List<RosterRow> read(InputStream in, int maxRows) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Map<Integer, RosterColumn> columns = headerColumns(sheet.getRow(sheet.getFirstRowNum()));
            List<RosterRow> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                RosterRow row = toRow(sheet.getRow(r), r + 1, columns);
                if (row.isBlank()) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw ProblemException.invalid("the roster has more than " + maxRows
                            + " rows; split it into several files", List.of());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("the file is not a readable .xlsx workbook (" + e.getClass().getSimpleName()
                    + "); download the template and fill it in", List.of(new Violation("file", "not an xlsx workbook")));
        }
    }

    private Map<Integer, RosterColumn> headerColumns(Row header) {
        Map<Integer, RosterColumn> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                RosterColumn.byHeader(formatter.formatCellValue(cell)).ifPresent(c -> columns.put(cell.getColumnIndex(), c));
            }
        }
        List<Violation> missing = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            if (column.required() && !columns.containsValue(column)) {
                missing.add(new Violation(column.field(), "缺少列“" + column.header() + "” / column missing"));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid("the first row must hold the template's column headers", missing);
        }
        return columns;
    }

    private RosterRow toRow(Row row, int rowNumber, Map<Integer, RosterColumn> columns) {
        Map<RosterColumn, String> text = new EnumMap<>(RosterColumn.class);
        Map<RosterColumn, LocalDate> dates = new EnumMap<>(RosterColumn.class);
        if (row != null) {
            for (Map.Entry<Integer, RosterColumn> column : columns.entrySet()) {
                Cell cell = row.getCell(column.getKey());
                if (cell == null) {
                    continue;
                }
                if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                    dates.put(column.getValue(), cell.getLocalDateTimeCellValue().toLocalDate());
                } else {
                    text.put(column.getValue(), formatter.formatCellValue(cell));
                }
            }
        }
        return new RosterRow(rowNumber, text, dates);
    }
}
