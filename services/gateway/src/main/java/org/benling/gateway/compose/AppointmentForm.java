package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * 干部任免审批表 (the appointment-and-removal approval form) in the layout organisation departments exchange: the
 * grid of the cadre's basic data, 简历, 奖惩情况 and 年度考核结果 filled from the portfolio; what Benling does not hold
 * (民族, 籍贯, 健康状况, 拟任/拟免职务, 任免理由, family members, the approvals) left blank for the office to complete.
 * A section the caller may not read stays blank too, never "无": the form says only what the portfolio said.
 */
public final class AppointmentForm {

    /** Column widths of the grid in twentieths of a point (A4 with 2 cm margins: 9,638 in all). */
    private static final int[] COLUMNS = {1300, 1500, 1100, 1500, 1300, 1438, 1500};

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
            FormGrid.a4(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setText("干部任免审批表");
            run.setBold(true);
            run.setFontSize(22);
            run.setFontFamily("方正小标宋简体");

            FormGrid grid = FormGrid.of(doc, 13, COLUMNS);
            // rows 0-3: the basic data, the photograph in the last column over four rows
            grid.fill(0, "姓名", text(cadre, "name"), "性别", GENDER.getOrDefault(text(cadre, "gender"), ""),
                    "出生年月\n（岁）", birth(cadre, today));
            grid.fill(1, "民族", "", "籍贯", "", "出生地", "");
            grid.fill(2, "入党时间", "", "参加工作时间", month(text(cadre, "joinedWorkOn")), "健康状况", "");
            grid.fill(3, "专业技术职务", "", "熟悉专业\n有何专长", "", "", "");
            grid.span(3, 3, 3);
            photo(grid);
            // rows 4-5: education
            grid.fill(4, "学历\n学位", "全日制教育", EDUCATION.getOrDefault(text(cadre, "education"), ""), "",
                    "毕业院校\n系及专业", "", "");
            grid.fill(5, "", "在职教育", "", "", "毕业院校\n系及专业", "", "");
            // right to left, so that each span names the grid's own columns
            grid.span(4, 5, 2);
            grid.span(5, 5, 2);
            grid.span(4, 2, 2);
            grid.span(5, 2, 2);
            grid.mergeDown(0, 4, 5);
            // rows 6-8: posts
            grid.wide(6, "现任职务", post(text(cadre, "unitName"), text(cadre, "positionTitle")));
            grid.wide(7, "拟任职务", "");
            grid.wide(8, "拟免职务", "");
            // rows 9-12: the record
            grid.wide(9, "简\n\n历", String.join("\n", resume(portfolio)));
            grid.table().getRow(9).setHeight(4200);
            grid.wide(10, "奖惩\n情况", rewardsAndPenalties(portfolio));
            grid.wide(11, "年度考核\n结果", grades(portfolio));
            grid.wide(12, "任免\n理由", "");
            grid.table().getRow(12).setHeight(900);

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

    /** The photograph's place: the last column of the first four rows. */
    private static void photo(FormGrid grid) {
        FormGrid.write(grid.table().getRow(0).getCell(6), "（照片）", true);
        grid.mergeLastDown(0, 3);
    }

    /** 家庭主要成员及重要社会关系: the heading row and six blank rows. */
    private static void family(XWPFDocument doc) {
        XWPFParagraph heading = doc.createParagraph();
        XWPFRun run = heading.createRun();
        run.setText("家庭主要成员及重要社会关系");
        run.setBold(true);
        run.setFontFamily(FormGrid.FONT);
        XWPFTable table = FormGrid.fullWidth(doc, 7, 5);
        String[] head = {"称谓", "姓名", "年龄", "政治面貌", "工作单位及职务"};
        for (int c = 0; c < head.length; c++) {
            FormGrid.write(table.getRow(0).getCell(c), head[c], true);
        }
    }

    /** 呈报单位, 审批机关意见, 行政机关任免意见: blank, with the date and seal line. */
    private static void approvals(XWPFDocument doc) {
        XWPFTable table = FormGrid.fullWidth(doc, 3, 2);
        String[] labels = {"呈报单位", "审批机关\n意见", "行政机关\n任免意见"};
        for (int r = 0; r < labels.length; r++) {
            FormGrid.write(table.getRow(r).getCell(0), labels[r], true);
            FormGrid.write(table.getRow(r).getCell(1), "\n\n（盖章）\n年    月    日", false);
            table.getRow(r).getCell(1).getParagraphs().forEach(p -> p.setAlignment(ParagraphAlignment.RIGHT));
            table.getRow(r).setHeight(1300);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
