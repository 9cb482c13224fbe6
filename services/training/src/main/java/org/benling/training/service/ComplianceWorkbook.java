package org.benling.training.service;

import java.io.OutputStream;
import org.benling.platform.files.XlsxTable;
import org.benling.training.domain.rules.Requirement;
import org.benling.training.rest.api.CadreCompliance;

/** A unit's compliance table as xlsx, one row per cadre and requirement. */
public final class ComplianceWorkbook {

    /** One row of the sheet: a cadre and one of their requirements. */
    private record Line(CadreCompliance cadre, Requirement requirement) {
    }

    private static final XlsxTable<Line> TABLE = XlsxTable.<Line>sheet("学时达标情况")
            .column("工号", 12, l -> l.cadre().employeeNumber())
            .column("姓名", 12, l -> l.cadre().name())
            .column("单位", 26, l -> l.cadre().unitName())
            .column("职级", 12, l -> l.cadre().rankLevel().chineseName())
            .column("达标要求", 12, l -> label(l.requirement()))
            .column("应修学时", 12, l -> l.requirement().requiredHours())
            .column("已修学时", 12, l -> l.requirement().achievedHours())
            .column("尚缺学时", 12, l -> l.requirement().missingHours())
            .column("统计起", 12, l -> l.requirement().windowStart())
            .column("统计止", 12, l -> l.requirement().windowEnd())
            .column("截止日期", 12, l -> l.requirement().dueBy())
            .column("状态", 12, l -> status(l.requirement()));

    public static void write(ComplianceService.UnitCompliance table, OutputStream out) {
        TABLE.write(table.rows().stream()
                .flatMap(c -> c.assessment().requirements().stream().map(q -> new Line(c, q))).toList(), out);
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
