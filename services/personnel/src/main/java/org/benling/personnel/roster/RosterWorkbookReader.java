package org.benling.personnel.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.benling.platform.files.XlsxSheetReader;
import org.benling.platform.files.XlsxSheetReader.SheetRow;
import org.benling.platform.problem.Problem.Violation;
import org.benling.platform.problem.ProblemException;

/**
 * Reads the first sheet of an uploaded roster into rows, matching columns by their header text; the sheet is
 * streamed within the upload limits of {@link XlsxSheetReader} (a formula cell counts as the value it shows).
 */
final class RosterWorkbookReader {

    List<RosterRow> read(Path workbook, XlsxSheetReader.Limits limits) {
        XlsxSheetReader.Sheet sheet = XlsxSheetReader.firstSheet(workbook, limits);
        Map<Integer, RosterColumn> columns = headerColumns(sheet.header());
        List<RosterRow> rows = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            Map<RosterColumn, String> text = new EnumMap<>(RosterColumn.class);
            columns.forEach((index, column) -> text.put(column, row.cells().get(index)));
            RosterRow rosterRow = new RosterRow(row.number(), text);
            columns.forEach((index, column) -> {
                if (row.overlong().contains(index)) {
                    rosterRow.fail(column, column.header() + "超过 " + limits.maxCellLength() + " 个字符 / longer than "
                            + limits.maxCellLength() + " characters");
                }
            });
            if (!rosterRow.isBlank() || !rosterRow.violations.isEmpty()) {
                rows.add(rosterRow);
            }
        }
        return rows;
    }

    private Map<Integer, RosterColumn> headerColumns(SheetRow header) {
        Map<Integer, RosterColumn> columns = new HashMap<>();
        if (header != null) {
            header.cells().forEach((index, text) -> RosterColumn.byHeader(text).ifPresent(c -> columns.put(index, c)));
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
}
