package org.benling.training.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.benling.contracts.personnel.RankLevel;

/** Whether a cadre has done the training hours the regulation asks of their rank. */
public final class HoursCompliance {

    private HoursCompliance() {
    }

    /** The rolling window ends today and reaches back the policy's years (the 5 years ending today). */
    public static Windows windows(LocalDate today, TrainingPolicy policy) {
        Objects.requireNonNull(today, "today");
        return new Windows(today.minusYears(policy.rollingWindowYears()).plusDays(1),
                today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()), today);
    }

    /** The regulation's check for one cadre. rankSince may be null (then no promotion grace). */
    public static ComplianceAssessment assess(RankLevel rank, LocalDate rankSince, HoursTotals totals,
            LocalDate today, TrainingPolicy policy) {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(totals, "totals");
        Windows windows = windows(today, policy);
        Requirement byRank = rank.tier() == RankLevel.Tier.DIVISION_AND_ABOVE
                ? rollingFiveYear(rankSince, totals, windows, policy)
                : annual(totals, windows, policy);
        return ComplianceAssessment.of(List.of(byRank, onlineAnnual(totals, windows, policy)));
    }

    // 干部教育培训工作条例（2023）：县处级以上每5年累计3个月或550学时；新提拔的须在任职1年内达到
    private static Requirement rollingFiveYear(LocalDate rankSince, HoursTotals totals, Windows windows,
            TrainingPolicy policy) {
        boolean met = totals.rollingHours().compareTo(policy.rollingHours()) >= 0
                || totals.rollingOffJobDays() >= policy.rollingOffJobDays();
        ComplianceStatus status = ComplianceStatus.COMPLIANT;
        LocalDate dueBy = null;
        if (!met) {
            LocalDate graceEnd = rankSince == null ? null : rankSince.plusMonths(policy.promotionGraceMonths());
            if (graceEnd != null && windows.today().isBefore(graceEnd)) {
                status = ComplianceStatus.GRACE;
                dueBy = graceEnd;
            } else {
                status = ComplianceStatus.SHORTFALL;
            }
        }
        return new Requirement(RequirementKind.ROLLING_FIVE_YEAR, policy.rollingHours(), totals.rollingHours(),
                met ? Hours.ZERO : Hours.missing(policy.rollingHours(), totals.rollingHours()),
                policy.rollingOffJobDays(), totals.rollingOffJobDays(), windows.rollingStart(), windows.today(),
                dueBy, status);
    }

    // 干部教育培训工作条例（2023）：乡科级及以下干部每年累计12天或90学时
    private static Requirement annual(HoursTotals totals, Windows windows, TrainingPolicy policy) {
        return yearly(RequirementKind.ANNUAL, policy.annualHours(), totals.yearHours(),
                policy.annualOffJobDays(), totals.yearOffJobDays(), windows);
    }

    // 干部网络培训：每年在线学习不少于50学时
    private static Requirement onlineAnnual(HoursTotals totals, Windows windows, TrainingPolicy policy) {
        return yearly(RequirementKind.ONLINE_ANNUAL, policy.onlineAnnualHours(), totals.yearOnlineHours(),
                null, null, windows);
    }

    private static Requirement yearly(RequirementKind kind, BigDecimal requiredHours, BigDecimal achievedHours,
            Integer requiredDays, Integer achievedDays, Windows windows) {
        boolean met = achievedHours.compareTo(requiredHours) >= 0
                || (requiredDays != null && achievedDays >= requiredDays);
        ComplianceStatus status;
        if (met) {
            status = ComplianceStatus.COMPLIANT;
        } else if (windows.isLastDayOfYear()) {
            status = ComplianceStatus.SHORTFALL;
        } else if (keepsPace(requiredHours, achievedHours, windows)
                || (requiredDays != null && keepsPace(BigDecimal.valueOf(requiredDays),
                        BigDecimal.valueOf(achievedDays), windows))) {
            status = ComplianceStatus.ON_TRACK;
        } else {
            status = ComplianceStatus.AT_RISK;
        }
        return new Requirement(kind, requiredHours, achievedHours,
                met ? Hours.ZERO : Hours.missing(requiredHours, achievedHours), requiredDays, achievedDays,
                windows.yearStart(), windows.yearEnd(), met ? null : windows.yearEnd(), status);
    }

    /**
     * Achieved at least the share of the year elapsed (days so far including today, over 365 or 366):
     * achieved / required >= elapsed / daysInYear, compared without dividing.
     */
    static boolean keepsPace(BigDecimal required, BigDecimal achieved, Windows windows) {
        LocalDate today = windows.today();
        BigDecimal elapsed = BigDecimal.valueOf(today.getDayOfYear());
        BigDecimal daysInYear = BigDecimal.valueOf(today.lengthOfYear());
        return achieved.multiply(daysInYear).compareTo(required.multiply(elapsed)) >= 0;
    }
}
