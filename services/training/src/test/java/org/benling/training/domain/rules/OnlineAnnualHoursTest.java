package org.benling.training.domain.rules;

import static org.benling.training.domain.rules.ComplianceStatus.AT_RISK;
import static org.benling.training.domain.rules.ComplianceStatus.COMPLIANT;
import static org.benling.training.domain.rules.ComplianceStatus.GRACE;
import static org.benling.training.domain.rules.ComplianceStatus.ON_TRACK;
import static org.benling.training.domain.rules.ComplianceStatus.SHORTFALL;
import static org.benling.training.domain.rules.RequirementKind.ONLINE_ANNUAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.benling.contracts.personnel.RankLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

// 干部网络培训：每名干部每年在线学习不少于50学时（可配置）
class OnlineAnnualHoursTest {

    static final TrainingPolicy REGULATION = TrainingPolicy.regulation();
    static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 1);

    /** Offline requirements met (600 hours in five years, 90 this year); only online hours vary. */
    static HoursTotals online(String onlineHours) {
        return new HoursTotals(new BigDecimal("600"), 0, new BigDecimal("90"), 0, new BigDecimal(onlineHours));
    }

    static ComplianceAssessment assess(RankLevel rank, HoursTotals totals, LocalDate today) {
        return HoursCompliance.assess(rank, null, totals, today, REGULATION);
    }

    @ParameterizedTest
    @EnumSource(RankLevel.class)
    void everyCadreAlsoNeeds50OnlineHoursAYear(RankLevel rank) {
        Requirement r = assess(rank, online("49.75"), MID_YEAR).requirement(ONLINE_ANNUAL);
        assertEquals(new BigDecimal("50.00"), r.requiredHours());
        assertEquals(new BigDecimal("0.25"), r.missingHours());
        assertEquals(ON_TRACK, r.status());
        assertEquals(LocalDate.of(2026, 12, 31), r.dueBy());
        assertNull(r.requiredOffJobDays(), "online learning has no off-the-job alternative");
        assertEquals(COMPLIANT, assess(rank, online("50"), MID_YEAR).requirement(ONLINE_ANNUAL).status());
    }

    @ParameterizedTest(name = "{0} online hours on {1}: {2}")
    @CsvSource({
        // 1 July: 50 × 182 / 365 = 24.93 hours expected by now
        "24.93, 2026-07-01, AT_RISK",
        "24.94, 2026-07-01, ON_TRACK",
        "49.75, 2026-12-31, SHORTFALL",
        "50,    2026-12-31, COMPLIANT",
    })
    void onlineHoursKeepPaceWithTheYearLikeTheAnnualRule(String hours, LocalDate today, ComplianceStatus expected) {
        assertEquals(expected, assess(RankLevel.SECTION_DEPUTY, online(hours), today)
                .requirement(ONLINE_ANNUAL).status());
    }

    @Test
    void theWorstRequirementDecidesTheOverallStatus() {
        ComplianceAssessment onlineBehind = assess(RankLevel.SECTION_PRINCIPAL, online("10"), MID_YEAR);
        assertEquals(COMPLIANT, onlineBehind.requirement(RequirementKind.ANNUAL).status());
        assertEquals(AT_RISK, onlineBehind.status());

        HoursTotals newlyPromoted = new HoursTotals(new BigDecimal("100"), 0, BigDecimal.ZERO, 0,
                new BigDecimal("30"));
        ComplianceAssessment inGrace = HoursCompliance.assess(RankLevel.DIVISION_PRINCIPAL,
                LocalDate.of(2026, 3, 1), newlyPromoted, MID_YEAR, REGULATION);
        assertEquals(ON_TRACK, inGrace.requirement(ONLINE_ANNUAL).status());
        assertEquals(GRACE, inGrace.status());

        ComplianceAssessment yearOver = HoursCompliance.assess(RankLevel.DIVISION_PRINCIPAL,
                LocalDate.of(2026, 3, 1), newlyPromoted, LocalDate.of(2026, 12, 31), REGULATION);
        assertEquals(SHORTFALL, yearOver.status());
    }

    @ParameterizedTest(name = "worst of {0} and {1} is {2}")
    @CsvSource({
        "COMPLIANT, COMPLIANT, COMPLIANT",
        "COMPLIANT, ON_TRACK,  ON_TRACK",
        "ON_TRACK,  GRACE,     GRACE",
        "AT_RISK,   GRACE,     AT_RISK",
        "SHORTFALL, AT_RISK,   SHORTFALL",
    })
    void statusesRankFromCompliantToShortfall(ComplianceStatus a, ComplianceStatus b, ComplianceStatus worst) {
        assertEquals(worst, ComplianceStatus.worst(List.of(a, b)));
        assertEquals(worst, ComplianceStatus.worst(List.of(b, a)));
    }

    @Test
    void noRequirementsMeansCompliant() {
        assertEquals(COMPLIANT, ComplianceStatus.worst(List.of()));
    }
}
