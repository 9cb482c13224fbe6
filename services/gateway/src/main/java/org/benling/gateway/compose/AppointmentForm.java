package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * 干部任免审批表 (the appointment-and-removal approval form) in the layout organisation departments exchange: the
 * grid of the cadre's basic data, 简历, 奖惩情况 and 年度考核结果 filled from the portfolio; what Benling does not hold
 * (民族, 籍贯, 健康状况, 拟任/拟免职务, 任免理由, family members, the approvals) left blank for the office to complete.
 * A section the caller may not read stays blank too, never "无": the form says only what the portfolio said.
 */
public final class AppointmentForm {

    /** Column widths of the grid in twentieths of a point (A4 with 2 cm margins: 9,638 in all). */
    private static final int[] COLUMNS = {1300, 1500, 1100, 1500, 1300, 1438, 1500};
    private static final int WIDTH = 9638;
    private static final String FONT = "宋体";

    private static final Map<String, String> GENDER = Map.of("MALE", "男", "FEMALE", "女");
    private static final Map<String, String> EDUCATION = Map.of("DOCTORATE", "博士研究生", "MASTER", "硕士研究生",
            "BACHELOR", "大学本科", "JUNIOR_COLLEGE", "大学专科", "SECONDARY", "中专");
    private static final Map<String, String> GRADE = Map.of("EXCELLENT", "优秀", "COMPETENT", "称职",
            "BASICALLY_COMPETENT", "基本称职", "INCOMPETENT", "不称职");

    private AppointmentForm() {
    }

    /** The form of the portfolio's cadre, as of {@code today} (for the age). */
    public static byte[] of(Portfolio portfolio, LocalDate today) {
        JsonNode cadre = portfolio.cadre();
        if (cadre == null) {
            throw new IllegalArgumentException("the cadre's record is not in the portfolio");
        }
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setText("干部任免审批表");
            run.setBold(true);
            run.setFontSize(22);
            run.setFontFamily("方正小标宋简体");

            XWPFTable grid = doc.createTable(13, COLUMNS.length);
            grid.setWidth(WIDTH);
            grid.setWidthType(TableWidthType.DXA);
            for (XWPFTableRow row : grid.getRows()) {
                for (int c = 0; c < COLUMNS.length; c++) {
                    row.getCell(c).setWidth(String.valueOf(COLUMNS[c]));
                }
            }
            // rows 0-3: the basic data, the photograph in the last column over four rows
            fill(grid, 0, "姓名", text(cadre, "name"), "性别", GENDER.getOrDefault(text(cadre, "gender"), ""),
                    "出生年月\n（岁）", birth(cadre, today));
            fill(grid, 1, "民族", "", "籍贯", "", "出生地", "");
            fill(grid, 2, "入党时间", "", "参加工作时间", month(text(cadre, "joinedWorkOn")), "健康状况", "");
            fill(grid, 3, "专业技术职务", "", "熟悉专业\n有何专长", "", "", "");
            span(grid.getRow(3), 3, 3);
            photo(grid);
            // rows 4-5: education
            fill(grid, 4, "学历\n学位", "全日制教育", EDUCATION.getOrDefault(text(cadre, "education"), ""), "",
                    "毕业院校\n系及专业", "", "");
            fill(grid, 5, "", "在职教育", "", "", "毕业院校\n系及专业", "", "");
            // right to left, so that each span names the grid's own columns
            span(grid.getRow(4), 5, 2);
            span(grid.getRow(5), 5, 2);
            span(grid.getRow(4), 2, 2);
            span(grid.getRow(5), 2, 2);
            mergeDown(grid, 0, 4, 5);
            // rows 6-8: posts
            wide(grid, 6, "现任职务", post(text(cadre, "unitName"), text(cadre, "positionTitle")));
            wide(grid, 7, "拟任职务", "");
            wide(grid, 8, "拟免职务", "");
            // rows 9-12: the record
            wide(grid, 9, "简\n\n历", String.join("\n", resume(portfolio)));
            grid.getRow(9).setHeight(4200);
            wide(grid, 10, "奖惩\n情况", rewardsAndPenalties(portfolio));
            wide(grid, 11, "年度考核\n结果", grades(portfolio));
            wide(grid, 12, "任免\n理由", "");
            grid.getRow(12).setHeight(900);

            family(doc);
            approvals(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "1985.05（41岁）". */
    static String birth(JsonNode cadre, LocalDate today) {
        String birth = text(cadre, "birthDate");
        if (birth.isEmpty()) {
            return "";
        }
        LocalDate born = LocalDate.parse(birth);
        return month(birth) + "\n（" + Period.between(born, today).getYears() + "岁）";
    }

    /** "2019-03-01" → "2019.03". */
    static String month(String date) {
        return date == null || date.length() < 7 ? "" : date.substring(0, 4) + "." + date.substring(5, 7);
    }

    /**
     * 简历: one line per post, oldest first — "2015.07—2019.03  广东省邮政管理局市场监管处副处长" — from the transfers
     * personnel recorded; the current post open-ended.
     */
    static List<String> resume(Portfolio portfolio) {
        JsonNode cadre = portfolio.cadre();
        List<JsonNode> transfers = portfolio.transfers() == null ? List.of()
                : StreamSupport.stream(portfolio.transfers().spliterator(), false)
                        .sorted(Comparator.comparing(t -> text(t, "effectiveOn"))).toList();
        List<String> lines = new ArrayList<>();
        String from = text(cadre, "joinedWorkOn");
        for (JsonNode t : transfers) {
            lines.add(line(from, text(t, "effectiveOn"), post(text(t, "fromUnitName"), text(t, "fromPositionTitle"))));
            from = text(t, "effectiveOn");
        }
        if (transfers.isEmpty() && !text(cadre, "postSince").isEmpty()) {
            from = text(cadre, "postSince");
        }
        lines.add(line(from, "", post(text(cadre, "unitName"), text(cadre, "positionTitle"))));
        return lines;
    }

    /** A post as the form names it, 单位 + 职务, the unit once where the title already starts with it. */
    static String post(String unitName, String positionTitle) {
        return positionTitle.startsWith(unitName) ? positionTitle : unitName + positionTitle;
    }

    private static String line(String from, String to, String post) {
        return String.format("%-7s—%-7s  %s", month(from), month(to), post);
    }

    /** The measures on record, when the caller may read them: blank when not (the office fills it in). */
    static String rewardsAndPenalties(Portfolio portfolio) {
        if (portfolio.measures() == null) {
            return "";
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode m : portfolio.measures().path("items")) {
            if (!"REVOKED".equals(text(m, "status"))) {
                lines.add(month(text(m, "appliedOn")).replace(".", "年") + "月受到" + text(m, "typeName"));
            }
        }
        return lines.isEmpty() ? "无" : String.join("；\n", lines) + "。";
    }

    /** "2023年度考核优秀；2024年度考核称职；2025年度考核不定等次。", oldest first; blank without the profile. */
    static String grades(Portfolio portfolio) {
        if (portfolio.profile() == null) {
            return "";
        }
        List<JsonNode> grades = new ArrayList<>();
        portfolio.profile().path("grades").forEach(grades::add);
        grades.sort(Comparator.comparingInt(g -> g.path("year").asInt()));
        List<String> lines = new ArrayList<>();
        for (JsonNode g : grades) {
            String grade = GRADE.get(text(g, "grade"));
            lines.add(g.path("year").asInt() + "年度考核" + (grade != null ? grade
                    : "UNGRADED".equals(text(g, "outcome")) ? "不定等次" : "待定"));
        }
        return lines.isEmpty() ? "" : String.join("；", lines) + "。";
    }

    /** The cells of a row of the upper grid, labels and values alike centred as on the printed form. */
    private static void fill(XWPFTable grid, int row, String... texts) {
        for (int c = 0; c < texts.length; c++) {
            write(grid.getRow(row).getCell(c), texts[c], true);
        }
    }

    /** A label and one cell across the rest of the row. */
    private static void wide(XWPFTable grid, int row, String label, String value) {
        write(grid.getRow(row).getCell(0), label, true);
        write(grid.getRow(row).getCell(1), value, false);
        span(grid.getRow(row), 1, COLUMNS.length - 1);
        grid.getRow(row).getCell(1).getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.LEFT));
    }

    private static void write(XWPFTableCell cell, String text, boolean centred) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(centred ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(11);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    }

    /** Cell {@code from} spans {@code count} grid columns; the cells it covers are removed. */
    private static void span(XWPFTableRow row, int from, int count) {
        CTTcPr pr = row.getCell(from).getCTTc().isSetTcPr() ? row.getCell(from).getCTTc().getTcPr()
                : row.getCell(from).getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(count));
        int width = 0;
        for (int c = from; c < from + count; c++) {
            width += COLUMNS[c];
        }
        row.getCell(from).setWidth(String.valueOf(width));
        for (int i = 1; i < count; i++) {
            row.removeCell(from + 1);
        }
    }

    /** The cell in column {@code column} of rows {@code first}…{@code last} is one cell. */
    private static void mergeDown(XWPFTable grid, int column, int first, int last) {
        for (int r = first; r <= last; r++) {
            XWPFTableCell cell = grid.getRow(r).getCell(column);
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            pr.addNewVMerge().setVal(r == first ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    /** The photograph's place: the last column of the first four rows. */
    private static void photo(XWPFTable grid) {
        write(grid.getRow(0).getCell(6), "（照片）", true);
        for (int r = 0; r <= 3; r++) {
            int last = grid.getRow(r).getTableCells().size() - 1;
            XWPFTableCell cell = grid.getRow(r).getCell(last);
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            pr.addNewVMerge().setVal(r == 0 ? STMerge.RESTART : STMerge.CONTINUE);
        }
    }

    /** 家庭主要成员及重要社会关系: the heading row and six blank rows. */
    private static void family(XWPFDocument doc) {
        XWPFParagraph heading = doc.createParagraph();
        XWPFRun run = heading.createRun();
        run.setText("家庭主要成员及重要社会关系");
        run.setBold(true);
        run.setFontFamily(FONT);
        XWPFTable table = doc.createTable(7, 5);
        table.setWidth(WIDTH);
        table.setWidthType(TableWidthType.DXA);
        String[] head = {"称谓", "姓名", "年龄", "政治面貌", "工作单位及职务"};
        for (int c = 0; c < head.length; c++) {
            write(table.getRow(0).getCell(c), head[c], true);
        }
    }

    /** 呈报单位, 审批机关意见, 行政机关任免意见: blank, with the date and seal line. */
    private static void approvals(XWPFDocument doc) {
        XWPFTable table = doc.createTable(3, 2);
        table.setWidth(WIDTH);
        table.setWidthType(TableWidthType.DXA);
        String[] labels = {"呈报单位", "审批机关\n意见", "行政机关\n任免意见"};
        for (int r = 0; r < labels.length; r++) {
            write(table.getRow(r).getCell(0), labels[r], true);
            write(table.getRow(r).getCell(1), "\n\n（盖章）\n年    月    日", false);
            table.getRow(r).getCell(1).getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.RIGHT));
            table.getRow(r).setHeight(1300);
        }
    }

    private static void a4(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        BigInteger twoCentimetres = BigInteger.valueOf(1134);
        margins.setTop(twoCentimetres);
        margins.setBottom(twoCentimetres);
        margins.setLeft(twoCentimetres);
        margins.setRight(twoCentimetres);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
