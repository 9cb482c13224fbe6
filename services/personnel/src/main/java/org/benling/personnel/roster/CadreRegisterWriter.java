package org.benling.personnel.roster;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.platform.files.XlsxCells;

/**
 * The 干部名册 (cadre register) in the layout organisation departments print and exchange: a title, the unit and the
 * day it is as of, then one block per unit (its name and head count on a row of its own), the cadres in each by rank,
 * most senior first, and by time in the post. Dates are written as organisation departments write them, {@code 1975.03},
 * and the birth month carries the age on that day, {@code 1975.03（51岁）}. Printed landscape on A4, one page wide,
 * the column headings repeated on every page.
 *
 * <p>Unlike {@link RosterWorkbookWriter#export} (one header row, importable again), this is a document for people: it
 * is not read back. Its data are the same search's.
 */
public final class CadreRegisterWriter {

    /** The columns, in order, with their widths in characters. */
    static final List<String> HEADERS = List.of("序号", "姓名", "性别", "出生年月（年龄）", "政治面貌", "学历", "参加工作时间",
            "现任职务", "职级", "任现职时间", "任现职级时间", "干部类别", "工号");
    private static final int[] WIDTHS = {6, 10, 6, 18, 10, 10, 13, 32, 10, 12, 13, 22, 18};

    /** The rows above the column headings: the title and the line naming the unit and the day. */
    static final int HEADING_ROW = 2;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CadreRegisterWriter() {
    }

    /**
     * Writes the register of {@code cadres} as of {@code asOf}; {@code scopeName} names what it covers (the unit
     * searched, or 国家邮政局).
     */
    public static void write(List<Cadre> cadres, Map<UUID, Unit> units, String scopeName, LocalDate asOf, OutputStream out) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XlsxCells cells = new XlsxCells(workbook);
            Sheet sheet = workbook.createSheet("干部名册");
            int last = HEADERS.size() - 1;

            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            styled(title, 0, "干部名册", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

            Row scope = sheet.createRow(1);
            styled(scope, 0, "单位：" + scopeName + "　　截至 " + DAY.format(asOf) + "　　共 " + cadres.size() + " 人",
                    styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));

            Row heading = sheet.createRow(HEADING_ROW);
            heading.setHeightInPoints(22);
            for (int c = 0; c < HEADERS.size(); c++) {
                styled(heading, c, HEADERS.get(c), styles.heading);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }

            int r = HEADING_ROW + 1;
            int number = 1;
            for (Map.Entry<Optional<Unit>, List<Cadre>> block : byUnit(cadres, units).entrySet()) {
                Row unitRow = sheet.createRow(r);
                String unitName = block.getKey().map(u -> u.name).orElse("（单位不详）");
                cells.text(unitRow, 0, unitName + "（" + block.getValue().size() + " 人）").setCellStyle(styles.unit);
                for (int c = 1; c <= last; c++) {
                    unitRow.createCell(c).setCellStyle(styles.unit);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
                r++;
                for (Cadre cadre : block.getValue()) {
                    Row row = sheet.createRow(r++);
                    List<String> values = values(number++, cadre, asOf);
                    for (int c = 0; c < values.size(); c++) {
                        cells.text(row, c, values.get(c)).setCellStyle(c == 0 ? styles.centred : styles.cell);
                    }
                }
            }

            sheet.createFreezePane(0, HEADING_ROW + 1);
            sheet.setRepeatingRows(new CellRangeAddress(HEADING_ROW, HEADING_ROW, 0, last));
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cadre's row as printed: 序号, then the cells in {@link #HEADERS}' order. */
    static List<String> values(int number, Cadre c, LocalDate asOf) {
        return List.of(
                String.valueOf(number),
                c.name,
                c.gender.chineseName(),
                MONTH.format(c.birthDate) + "（" + Period.between(c.birthDate, asOf).getYears() + "岁）",
                c.politicalStatus == null ? "" : c.politicalStatus.chineseName(),
                c.education == null ? "" : c.education.chineseName(),
                month(c.joinedWorkOn),
                c.positionTitle,
                c.rankLevel.chineseName(),
                month(c.postSince),
                month(c.rankSince),
                c.categorySet().stream().sorted().map(CadreCategory::chineseName).collect(Collectors.joining("、")),
                c.employeeNumber);
    }

    /**
     * Units in the tree's order (by path), a unit the map does not hold last; in each, the most senior rank first, then
     * the longest in the post.
     */
    static Map<Optional<Unit>, List<Cadre>> byUnit(List<Cadre> cadres, Map<UUID, Unit> units) {
        Function<Cadre, Optional<Unit>> unit = c -> Optional.ofNullable(units.get(c.unitId));
        Comparator<Cadre> order = Comparator.comparing((Cadre c) -> unit.apply(c).map(u -> u.path).orElse(null),
                        Comparator.nullsLast(Comparator.<String>naturalOrder()))
                .thenComparing(c -> c.rankLevel.ordinal())
                .thenComparing(c -> c.postSince, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(c -> c.employeeNumber);
        return cadres.stream().sorted(order).collect(Collectors.groupingBy(unit,
                LinkedHashMap::new, Collectors.toList()));
    }

    private static String month(LocalDate date) {
        return date == null ? "" : MONTH.format(date);
    }

    private static void styled(Row row, int column, String text, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The register's styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle heading;
        final CellStyle unit;
        final CellStyle cell;
        final CellStyle centred;

        Styles(Workbook workbook) {
            Font big = workbook.createFont();
            big.setFontName("宋体");
            big.setBold(true);
            big.setFontHeightInPoints((short) 18);
            title = workbook.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            plain = workbook.createCellStyle();

            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = bordered(workbook);
            heading.setFont(bold);
            heading.setAlignment(HorizontalAlignment.CENTER);
            heading.setWrapText(true);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            unit = bordered(workbook);
            unit.setFont(bold);
            unit.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            unit.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            cell = bordered(workbook);
            cell.setWrapText(true);
            // user text never turns into a formula (see XlsxCells), also with the register's own style
            cell.setQuotePrefixed(true);
            centred = bordered(workbook);
            centred.setAlignment(HorizontalAlignment.CENTER);
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }
    }
}
