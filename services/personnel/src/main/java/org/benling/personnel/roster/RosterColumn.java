package org.benling.personnel.roster;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the roster workbook (花名册), in template order. Template, import and export all use this
 * one list, so an exported file can be imported again unchanged.
 */
public enum RosterColumn {
    EMPLOYEE_NUMBER("工号", "employeeNumber", true, 14),
    NAME("姓名", "name", true, 10),
    GENDER("性别", "gender", true, 6),
    BIRTH_DATE("出生日期", "birthDate", true, 12),
    UNIT_CODE("单位编码", "unitCode", true, 12),
    UNIT_NAME("单位名称", "unitName", false, 24),
    POSITION_TITLE("职务", "positionTitle", true, 32),
    RANK_LEVEL("职级", "rankLevel", true, 10),
    POST_SINCE("任现职时间", "postSince", false, 12),
    RANK_SINCE("任现职级时间", "rankSince", false, 12),
    JOINED_WORK_ON("参加工作时间", "joinedWorkOn", false, 12),
    CATEGORIES("干部类别", "categories", false, 24),
    POLITICAL_STATUS("政治面貌", "politicalStatus", false, 12),
    EDUCATION("学历", "education", false, 12);

    /** Separator of several categories in one cell; the ASCII and full-width forms are both read. */
    public static final String CATEGORY_SEPARATOR = "；";

    private final String header;
    private final String field;
    private final boolean required;
    private final int width;

    RosterColumn(String header, String field, boolean required, int width) {
        this.header = header;
        this.field = field;
        this.required = required;
        this.width = width;
    }

    /** The header as written in the template: required columns carry an asterisk. */
    public String templateHeader() {
        return required ? header + "*" : header;
    }

    public String header() {
        return header;
    }

    /** The request field the column fills, used in violations ({@code rows[3].birthDate}). */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    public int width() {
        return width;
    }

    public static Optional<RosterColumn> byHeader(String text) {
        String normalized = text == null ? "" : text.replace("*", "").replace("＊", "").strip();
        return Arrays.stream(values()).filter(c -> c.header.equals(normalized)).findFirst();
    }
}
