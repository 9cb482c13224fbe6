package org.benling.training.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
            int r = 1;
            for (ComplianceService.CadreCompliance c : table.rows()) {
                for (Requirement q : c.assessment().requirements()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(c.employeeNumber());
                    row.createCell(1).setCellValue(c.name());
                    row.createCell(2).setCellValue(c.unitName());
                    row.createCell(3).setCellValue(c.rankLevel().chineseName());
                    row.createCell(4).setCellValue(label(q));
                    row.createCell(5).setCellValue(q.requiredHours().doubleValue());
                    row.createCell(6).setCellValue(q.achievedHours().doubleValue());
                    row.createCell(7).setCellValue(q.missingHours().doubleValue());
                    row.createCell(8).setCellValue(q.windowStart().toString());
                    row.createCell(9).setCellValue(q.windowEnd().toString());
                    row.createCell(10).setCellValue(q.dueBy() == null ? "" : q.dueBy().toString());
                    row.createCell(11).setCellValue(status(q));
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
