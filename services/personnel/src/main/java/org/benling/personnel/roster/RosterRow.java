package org.benling.personnel.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.benling.contracts.ChineseNamed;
import org.benling.contracts.personnel.CadreCategory;
import org.benling.platform.problem.Problem.Violation;

/**
 * One data row of an uploaded roster: the cell texts by column, and typed readers that collect a violation
 * for each cell they cannot read instead of stopping at the first.
 */
final class RosterRow {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuu.M.d"), DateTimeFormatter.ofPattern("uuuuMMdd"),
            DateTimeFormatter.ofPattern("uuuu年M月d日"));

    final int rowNumber;
    private final Map<RosterColumn, String> text;
    final List<Violation> violations = new ArrayList<>();

    RosterRow(int rowNumber, Map<RosterColumn, String> text) {
        this.rowNumber = rowNumber;
        this.text = new EnumMap<>(RosterColumn.class);
        this.text.putAll(text);
    }

    boolean isBlank() {
        return text.values().stream().allMatch(v -> v == null || v.isBlank());
    }

    /** The trimmed cell text, or null; records nothing. */
    String raw(RosterColumn column) {
        String value = text.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The trimmed cell text; a blank required cell is recorded as a violation. */
    String text(RosterColumn column) {
        String value = text.get(column);
        if (value == null || value.isBlank()) {
            if (column.required()) {
                fail(column, column.header() + "不能为空 / is required");
            }
            return null;
        }
        return value.strip();
    }

    LocalDate date(RosterColumn column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        fail(column, column.header() + "“" + value + "”不是有效日期，应为 2020-01-31 / not a date (use 2020-01-31)");
        return null;
    }

    /** Reads a code list value by its Chinese name (or its English code). */
    <E extends Enum<E>> E choice(RosterColumn column, Class<E> type, Function<E, String> chineseName) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (E option : type.getEnumConstants()) {
            if (chineseName.apply(option).equals(value) || option.name().equalsIgnoreCase(value)) {
                return option;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(chineseName).toList();
        fail(column, column.header() + "“" + value + "”无效，可选：" + String.join("、", allowed)
                + " / unknown value");
        return null;
    }

    Set<CadreCategory> categories() {
        String value = text(RosterColumn.CATEGORIES);
        Set<CadreCategory> categories = EnumSet.noneOf(CadreCategory.class);
        if (value == null) {
            return categories;
        }
        for (String part : value.split("[；;，,、]")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                categories.add(ChineseNamed.byChineseName(CadreCategory.class, part.strip()));
            } catch (IllegalArgumentException e) {
                fail(RosterColumn.CATEGORIES, "干部类别“" + part.strip() + "”无效 / unknown category");
            }
        }
        return categories;
    }

    void fail(RosterColumn column, String message) {
        fail(column.field(), message);
    }

    void fail(String field, String message) {
        violations.add(new Violation(field, message));
    }
}
