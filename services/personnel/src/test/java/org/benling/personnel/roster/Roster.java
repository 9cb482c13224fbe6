package org.benling.personnel.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds and reads roster workbooks in tests, as an HR officer's spreadsheet would hold them. */
public final class Roster {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static final String[] HEADERS = {"工号*", "姓名*", "性别*", "出生日期*", "单位编码*", "单位名称", "职务*", "职级*",
        "任现职时间", "任现职级时间", "参加工作时间", "干部类别", "政治面貌", "学历"};

    public static String[] row(String number, String name, String birth, String unitCode) {
        return new String[] {number, name, "女", birth, unitCode, "", "科长", "正乡科级", "2020-03-01", "2019-01-01",
            "2008-07-01", "中青年干部；后备干部", "中共党员", "大学本科"};
    }

    public static byte[] workbook(List<String[]> rows) {
        List<String[]> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(rows);
        return sheet(all);
    }

    /** A workbook holding exactly these rows, no header added. */
    public static byte[] sheet(List<String[]> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("干部花名册");
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i), rows.get(i));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first sheet as text, header row included. */
    public static List<List<String>> read(byte[] xlsx) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
        }
    }

    private Roster() {
    }
}
