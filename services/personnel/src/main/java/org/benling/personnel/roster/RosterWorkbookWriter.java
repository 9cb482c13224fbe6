package org.benling.personnel.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.platform.files.XlsxCells;
import org.benling.platform.files.XlsxTable;

/** Writes the import template and search exports, both in the layout of {@link RosterColumn}. */
public final class RosterWorkbookWriter {

    private static final int TEMPLATE_ROWS = 2000;

    /** The template: headers (required ones marked *), drop-down lists, instructions and the unit codes. */
    public static void template(Collection<Unit> units, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("干部花名册");
            header(workbook, sheet);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            dropDown(sheet, helper, RosterColumn.GENDER, names(Gender.values(), Gender::chineseName));
            dropDown(sheet, helper, RosterColumn.RANK_LEVEL, names(RankLevel.values(), RankLevel::chineseName));
            dropDown(sheet, helper, RosterColumn.POLITICAL_STATUS,
                    names(PoliticalStatus.values(), PoliticalStatus::chineseName));
            dropDown(sheet, helper, RosterColumn.EDUCATION, names(Education.values(), Education::chineseName));
            instructions(workbook.createSheet("填写说明"));
            Sheet codes = workbook.createSheet("单位编码");
            XlsxCells cells = new XlsxCells(workbook);
            Row head = codes.createRow(0);
            head.createCell(0).setCellValue("单位编码");
            head.createCell(1).setCellValue("单位名称");
            int r = 1;
            for (Unit unit : units.stream().sorted(java.util.Comparator.comparing(u -> u.path)).toList()) {
                Row row = codes.createRow(r++);
                cells.text(row, 0, unit.code);
                cells.text(row, 1, unit.name);
            }
            codes.setColumnWidth(0, 14 * 256);
            codes.setColumnWidth(1, 30 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An export: one row per cadre, streamed so large exports stay small in memory. */
    public static void export(Iterable<Cadre> cadres, Map<UUID, Unit> units, OutputStream out) {
        XlsxTable<Cadre> table = XlsxTable.sheet("干部花名册");
        for (RosterColumn column : RosterColumn.values()) {
            table.column(column.templateHeader(), column.width(), c -> valueOf(column, c, units.get(c.unitId)));
        }
        table.write(cadres, out);
    }

    private static Object valueOf(RosterColumn column, Cadre c, Unit unit) {
        return switch (column) {
            case EMPLOYEE_NUMBER -> c.employeeNumber;
            case NAME -> c.name;
            case GENDER -> c.gender.chineseName();
            case BIRTH_DATE -> c.birthDate;
            case UNIT_CODE -> unit == null ? null : unit.code;
            case UNIT_NAME -> unit == null ? null : unit.name;
            case POSITION_TITLE -> c.positionTitle;
            case RANK_LEVEL -> c.rankLevel.chineseName();
            case POST_SINCE -> c.postSince;
            case RANK_SINCE -> c.rankSince;
            case JOINED_WORK_ON -> c.joinedWorkOn;
            case CATEGORIES -> c.categorySet().stream().map(CadreCategory::chineseName)
                    .collect(Collectors.joining(RosterColumn.CATEGORY_SEPARATOR));
            case POLITICAL_STATUS -> c.politicalStatus == null ? null : c.politicalStatus.chineseName();
            case EDUCATION -> c.education == null ? null : c.education.chineseName();
        };
    }

    private static void header(Workbook workbook, Sheet sheet) {
        XlsxTable.header(workbook, sheet, Arrays.stream(RosterColumn.values()).map(RosterColumn::templateHeader).toList(),
                Arrays.stream(RosterColumn.values()).map(RosterColumn::width).toList());
    }

    private static void dropDown(Sheet sheet, DataValidationHelper helper, RosterColumn column, String[] options) {
        var range = new CellRangeAddressList(1, TEMPLATE_ROWS, column.ordinal(), column.ordinal());
        var validation = helper.createValidation(helper.createExplicitListConstraint(options), range);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static <E> String[] names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toArray(String[]::new);
    }

    private static void instructions(Sheet sheet) {
        String[] lines = {
            "填写说明",
            "1. 第一行为列标题，请勿修改；带 * 的列必须填写。",
            "2. 日期格式：2020-01-31（也可使用 Excel 日期单元格）。",
            "3. 单位编码见“单位编码”工作表，只能导入到本人管理范围内的单位。",
            "4. 干部类别可填多个，用“；”分隔：" + String.join("；", names(CadreCategory.values(), CadreCategory::chineseName)),
            "5. 工号不能与文件中其他行或系统中已有干部重复。",
            "6. 默认导入所有合格行并逐行报告问题；选择“全部或不导入”时，任何一行有误则不导入。",
            "Instructions: keep the header row; * marks required columns; dates as 2020-01-31; unit codes are listed"
                    + " on the next sheet; several categories are separated by '；'.",
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.setColumnWidth(0, 110 * 256);
    }

    private RosterWorkbookWriter() {
    }
}
