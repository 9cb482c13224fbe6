package org.benling.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** An export described by its columns: the header row, and each value in the cell its type asks for. */
class XlsxTableTest {

    record Due(String name, LocalDate dueOn, BigDecimal hours, boolean keyPost) {
    }

    static final XlsxTable<Due> TABLE = XlsxTable.<Due>sheet("任职年限提醒")
            .column("姓名", 10, Due::name)
            .column("应交流日期", 12, Due::dueOn)
            .column("学时", 8, Due::hours)
            .column("重要岗位", 8, Due::keyPost);

    @Test
    void theHeaderIsBoldFrozenAndAsWideAsGivenAndEachValueIsTheCellOfItsType() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TABLE.write(List.of(new Due("王伟", LocalDate.of(2027, 3, 31), new BigDecimal("12.5"), true),
                new Due("=HYPERLINK(\"http://evil.example\")", null, BigDecimal.ZERO, false)), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("任职年限提醒");
            Row header = sheet.getRow(0);
            assertEquals(List.of("姓名", "应交流日期", "学时", "重要岗位"),
                    List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3)));
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold(), "bold header");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "the header stays in view");
            assertEquals(12 * 256, sheet.getColumnWidth(1));

            Row first = sheet.getRow(1);
            assertEquals("王伟", text(first, 0));
            Cell due = first.getCell(1);
            assertEquals(CellType.NUMERIC, due.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(due), "a date is a date cell");
            assertEquals(LocalDate.of(2027, 3, 31), due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, first.getCell(2).getCellType());
            assertEquals(12.5, first.getCell(2).getNumericCellValue());
            assertEquals("是", text(first, 3));

            Row second = sheet.getRow(2);
            assertTrue(second.getCell(0).getCellStyle().getQuotePrefixed(), "user text never becomes a formula");
            assertEquals(CellType.BLANK, second.getCell(1).getCellType(), "no date, a blank cell");
            assertEquals("否", text(second, 3));
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }
}
