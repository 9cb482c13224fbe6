package org.benling.inspection.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The numbers of 个人有关事项报告 (DOMAIN.md "Daily supervision of leading cadres"), configurable under
 * {@code benling.inspection.personal-matters.*}.
 *
 * @param annualDue          the yearly report is due on this day of the year (领导干部报告个人有关事项规定: 1月31日)
 * @param changeDays         a change of marriage or of family abroad is reported within this many days (30)
 * @param spotCheckRate      the share of the year's reporters drawn for a random spot-check (随机抽查 10%)
 * @param concealmentMonths  a report found concealed (瞒报) keeps the cadre from promotion at least this long (12)
 * @param seasonOpens        the day cadres are asked for the year's report (local practice: 1 January), at most
 *                           {@code annualDue}
 */
public record PersonalMattersPolicy(MonthDay annualDue, int changeDays, BigDecimal spotCheckRate, int concealmentMonths,
        MonthDay seasonOpens) {

    public PersonalMattersPolicy {
        if (spotCheckRate.signum() <= 0 || spotCheckRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the spot-check rate is a share above 0 and at most 1: " + spotCheckRate);
        }
        if (seasonOpens.isAfter(annualDue)) {
            throw new IllegalArgumentException("the season opens " + seasonOpens + ", after the report is due " + annualDue);
        }
    }

    public static PersonalMattersPolicy defaults() {
        return new PersonalMattersPolicy(MonthDay.of(1, 31), 30, new BigDecimal("0.10"), 12, MonthDay.of(1, 1));
    }

    /** The day the report of {@code year} is due. */
    public LocalDate annualDue(int year) {
        return annualDue.atYear(year);
    }

    /**
     * The year whose report cadres are asked for on {@code today}: the current one from the day its season opens to
     * the day it is due (a cadre who joins meanwhile is asked too); none outside the season.
     */
    public Optional<Integer> seasonOn(LocalDate today) {
        int year = today.getYear();
        return today.isBefore(seasonOpens.atYear(year)) || today.isAfter(annualDue(year)) ? Optional.empty()
                : Optional.of(year);
    }

    /** The day a change that happened on {@code changedOn} must be reported by. */
    public LocalDate changeDue(LocalDate changedOn) {
        return changedOn.plusDays(changeDays);
    }
}
