package org.benling.training.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.benling.platform.files.XlsxCells;
import org.benling.training.domain.rules.Requirement;

/** A unit's compliance table as xlsx, one row per cadre and requirement. */
public final class ComplianceWorkbook {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADERS = {"工号", "姓名", "单位", "职级", "达标要求", "应修学时", "已修学时", "尚缺学时",
        "统计起", "统计止", "截止日期", "状态"};

    public static void write(ComplianceService.UnitCompliance table, OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
            Sheet sheet = workbook.createSheet("学时达标情况");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                sheet.setColumnWidth(i, (i == 2 ? 26 : 12) * 256);
            }
            XlsxCells cells = new XlsxCells(workbook);
            int r = 1;
            for (ComplianceService.CadreCompliance c : table.rows()) {
                for (Requirement q : c.assessment().requirements()) {
                    Row row = sheet.createRow(r++);
                    cells.text(row, 0, c.employeeNumber());
                    cells.text(row, 1, c.name());
                    cells.text(row, 2, c.unitName());
                    cells.text(row, 3, c.rankLevel().chineseName());
                    cells.text(row, 4, label(q));
                    cells.number(row, 5, q.requiredHours().doubleValue());
                    cells.number(row, 6, q.achievedHours().doubleValue());
                    cells.number(row, 7, q.missingHours().doubleValue());
                    cells.date(row, 8, q.windowStart());
                    cells.date(row, 9, q.windowEnd());
                    cells.date(row, 10, q.dueBy());
                    cells.text(row, 11, status(q));
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String label(Requirement q) {
        return switch (q.kind()) {
            case ROLLING_FIVE_YEAR -> "五年累计（县处级以上）";
            case ANNUAL -> "年度（乡科级及以下）";
            case ONLINE_ANNUAL -> "年度网络学习";
        };
    }

    private static String status(Requirement q) {
        return switch (q.status()) {
            case COMPLIANT -> "已达标";
            case ON_TRACK -> "进度正常";
            case GRACE -> "新提任补学期";
            case AT_RISK -> "进度滞后";
            case SHORTFALL -> "未达标";
        };
    }

    private ComplianceWorkbook() {
    }
}
