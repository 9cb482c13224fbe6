package org.benling.personnel.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.benling.platform.problem.Problem.Violation;

/**
 * Plausibility of a cadre's dates, checked the same way for registration, updates and roster rows:
 * working age from 16, no dates in the future, and the career dates in their natural order.
 */
public final class CadreDates {

    public static final int MIN_WORKING_AGE = 16;
    public static final int MAX_AGE = 75;

    public static List<Violation> check(LocalDate birthDate, LocalDate joinedWorkOn, LocalDate rankSince,
            LocalDate postSince, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (birthDate == null) {
            return violations;
        }
        int age = Period.between(birthDate, today).getYears();
        if (birthDate.isAfter(today) || age < MIN_WORKING_AGE) {
            violations.add(new Violation("birthDate", "出生日期不合理：年龄须满" + MIN_WORKING_AGE
                    + "周岁 / the cadre must be at least " + MIN_WORKING_AGE + " years old"));
        } else if (age > MAX_AGE) {
            violations.add(new Violation("birthDate", "出生日期不合理：年龄超过" + MAX_AGE
                    + "周岁 / the cadre would be older than " + MAX_AGE));
        }
        LocalDate workingAge = birthDate.plusYears(MIN_WORKING_AGE);
        checkCareerDate(violations, "joinedWorkOn", "参加工作时间", joinedWorkOn, workingAge, today);
        checkCareerDate(violations, "rankSince", "任现职级时间", rankSince, workingAge, today);
        checkCareerDate(violations, "postSince", "任现职时间", postSince, workingAge, today);
        if (joinedWorkOn != null && rankSince != null && rankSince.isBefore(joinedWorkOn)) {
            violations.add(new Violation("rankSince", "任现职级时间早于参加工作时间 / rank date before joining work"));
        }
        return violations;
    }

    private static void checkCareerDate(List<Violation> violations, String field, String label, LocalDate date,
            LocalDate earliest, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            violations.add(new Violation(field, label + "不能晚于今天 / cannot be in the future"));
        } else if (date.isBefore(earliest)) {
            violations.add(new Violation(field, label + "早于" + MIN_WORKING_AGE + "周岁 / before working age"));
        }
    }

    private CadreDates() {
    }
}
