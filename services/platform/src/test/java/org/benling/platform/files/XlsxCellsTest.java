package org.benling.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Export cells: text a spreadsheet would run as a formula stays text, with Excel's quote prefix. */
class XlsxCellsTest {

    static final List<String> FORMULA_LIKE = List.of("=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")",
            "=cmd|' /C calc'!A0", "+86 20 1234", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR", "＝1+1");
    static final List<String> ORDINARY = List.of("王伟", "广州市邮政管理局", "A=1", "科长 - 副处级", "");

    @Test
    void formulaLikeTextIsATextCellWithTheQuotePrefixAndOrdinaryTextIsPlain() throws IOException {
        byte[] xlsx;
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(10); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XlsxCells cells = new XlsxCells(workbook);
            Sheet sheet = workbook.createSheet("export");
            int r = 0;
            for (String text : FORMULA_LIKE) {
                cells.text(sheet.createRow(r++), 0, text);
            }
            for (String text : ORDINARY) {
                cells.text(sheet.createRow(r++), 0, text);
            }
            Row last = sheet.createRow(r);
            cells.date(last, 0, LocalDate.of(2026, 1, 31));
            cells.number(last, 1, 12.5);
            cells.text(last, 2, null);
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            int r = 0;
            for (String text : FORMULA_LIKE) {
                Cell cell = sheet.getRow(r++).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType(), text);
                assertEquals(text, cell.getStringCellValue());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), text + " is quote-prefixed");
            }
            for (String text : ORDINARY) {
                Cell cell = sheet.getRow(r++).getCell(0);
                assertEquals(text, cell.getStringCellValue());
                assertFalse(cell.getCellStyle().getQuotePrefixed(), text + " stays plain");
            }
            Row last = sheet.getRow(r);
            assertEquals(CellType.NUMERIC, last.getCell(0).getCellType());
            assertEquals(LocalDate.of(2026, 1, 31), last.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("yyyy-mm-dd", last.getCell(0).getCellStyle().getDataFormatString());
            assertEquals(12.5, last.getCell(1).getNumericCellValue());
            assertEquals(CellType.BLANK, last.getCell(2).getCellType());
        }
    }
}
