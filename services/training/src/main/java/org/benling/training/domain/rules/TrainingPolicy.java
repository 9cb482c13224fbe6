package org.benling.training.domain.rules;

import java.math.BigDecimal;

/**
 * The numbers behind the training-hour rules. {@link #regulation()} gives the national defaults; a
 * province or the bureau may configure its own values without touching the rules.
 */
public record TrainingPolicy(
        int rollingWindowYears,
        BigDecimal rollingHours,
        int rollingOffJobDays,
        int promotionGraceMonths,
        BigDecimal annualHours,
        int annualOffJobDays,
        BigDecimal onlineAnnualHours,
        int leaveLimitDenominator,
        int fullModuleMinutes,
        int halfModuleMinutes,
        BigDecimal fullModuleCredit,
        BigDecimal halfModuleCredit,
        BigDecimal shortModuleCredit,
        BigDecimal passedTestCredit,
        BigDecimal testPassMark,
        UnexcusedAbsence unexcusedAbsence,
        boolean rollingOffJobOnly) {

    /** What an absence without approved leave does to an off-the-job class (DOMAIN.md "Training"). */
    public enum UnexcusedAbsence {
        /** its hours count toward the same 1/7 limit as leave (at least as much as leave) */
        COUNTS_AS_LEAVE,
        /** any unexcused absence fails the class */
        FAILS
    }

    public TrainingPolicy {
        positive(rollingWindowYears, "rollingWindowYears");
        rollingHours = Hours.of(rollingHours, "rollingHours");
        Hours.days(rollingOffJobDays, "rollingOffJobDays");
        Hours.days(promotionGraceMonths, "promotionGraceMonths");
        annualHours = Hours.of(annualHours, "annualHours");
        Hours.days(annualOffJobDays, "annualOffJobDays");
        onlineAnnualHours = Hours.of(onlineAnnualHours, "onlineAnnualHours");
        positive(leaveLimitDenominator, "leaveLimitDenominator");
        positive(halfModuleMinutes, "halfModuleMinutes");
        if (fullModuleMinutes <= halfModuleMinutes) {
            throw new IllegalArgumentException("fullModuleMinutes must be more than halfModuleMinutes");
        }
        fullModuleCredit = Hours.of(fullModuleCredit, "fullModuleCredit");
        halfModuleCredit = Hours.of(halfModuleCredit, "halfModuleCredit");
        shortModuleCredit = Hours.of(shortModuleCredit, "shortModuleCredit");
        passedTestCredit = Hours.of(passedTestCredit, "passedTestCredit");
        if (testPassMark == null || testPassMark.signum() < 0 || testPassMark.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("testPassMark must be 0–100: " + testPassMark);
        }
        if (unexcusedAbsence == null) {
            throw new IllegalArgumentException("unexcusedAbsence is required");
        }
    }

    /** A module test counts only when passed. */
    public boolean passed(BigDecimal testScore) {
        return testScore != null && testScore.compareTo(testPassMark) >= 0;
    }

    /** The values set by the 2023 regulation and the provincial online-learning platforms. */
    public static TrainingPolicy regulation() {
        return new TrainingPolicy(
                5, // 干部教育培训工作条例（2023）：县处级以上领导干部每5年……
                new BigDecimal("550"), // ……累计参加培训550学时以上，
                90, // ……或者累计3个月（按90天计）脱产培训；
                12, // 同条：提拔任职时未达到要求的，应当在提拔任职1年内完成
                new BigDecimal("90"), // 同条：乡科级及以下干部每年累计不少于90学时，
                12, // ……或者12天脱产培训
                new BigDecimal("50"), // 干部网络培训：每人每年在线学习不少于50学时（各地可调整）
                7, // 干部教育培训学员管理规定：请假超过培训总学时1/7的，不予结业
                30, // 省级干部网络学院学时折算：课程不少于30分钟计1学时，
                15, // ……15至30分钟计0.5学时，不足15分钟计0.25学时，
                new BigDecimal("1"),
                new BigDecimal("0.5"),
                new BigDecimal("0.25"),
                new BigDecimal("0.5"), // ……课后测试合格另计0.5学时
                new BigDecimal("60"), // a test is passed at 60 of 100
                UnexcusedAbsence.COUNTS_AS_LEAVE, // an absence without approved leave counts at least as much as leave
                true); // the 550 学时 / 3 months are off-the-job training; online hours count toward the online requirement
    }

    private static void positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
