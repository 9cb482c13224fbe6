package org.benling.training.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.training.demo.TrainingHistory.Entry;
import org.benling.training.demo.TrainingHistory.Offering;
import org.benling.training.domain.rules.ComplianceStatus;
import org.benling.training.domain.rules.HoursCompliance;
import org.benling.training.domain.rules.HoursTotals;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.domain.rules.Windows;
import org.junit.jupiter.api.Test;

/** The demo's training histories, judged by the regulation's own rule, look like a living bureau. */
class TrainingHistoryTest {

    static final TrainingPolicy POLICY = TrainingPolicy.regulation();
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final List<Offering> CATALOGUE = List.of(
            new Offering(UUID.randomUUID(), "防范化解重大风险专题培训", Set.of(Capability.RISK_MANAGEMENT), new BigDecimal("32"), 4, "国家邮政局"),
            new Offering(UUID.randomUUID(), "邮政业安全生产与应急管理培训", Set.of(Capability.IMPLEMENTATION), new BigDecimal("24"), 3, "邮政业安全中心"),
            new Offering(UUID.randomUUID(), "乡科级干部集中轮训班", Set.of(Capability.LEARNING), new BigDecimal("56"), 7, "省邮政管理局"),
            new Offering(UUID.randomUUID(), "强邮讲坛：快递业高质量发展", Set.of(Capability.REFORM_INNOVATION), new BigDecimal("4"), 0, "国家邮政局"),
            new Offering(UUID.randomUUID(), "市场监管与消费者权益保护", Set.of(Capability.MASS_WORK), new BigDecimal("16"), 2, "市场监管司"),
            new Offering(UUID.randomUUID(), "中青年干部点名调训班", Set.of(Capability.POLITICAL_LEADERSHIP), new BigDecimal("160"), 20, "中央党校"));

    static UUID cadre(int i) {
        return UUID.nameUUIDFromBytes(("demo-cadre:" + i).getBytes(StandardCharsets.UTF_8));
    }

    /** The totals the compliance query would sum for the entries (ComplianceSums.SUMS over HoursTotals' windows). */
    static HoursTotals totals(List<Entry> entries) {
        Windows w = HoursCompliance.windows(TODAY, POLICY);
        BigDecimal rolling = BigDecimal.ZERO;
        BigDecimal year = BigDecimal.ZERO;
        BigDecimal online = BigDecimal.ZERO;
        int rollingDays = 0;
        int yearDays = 0;
        for (Entry e : entries) {
            boolean countsForRolling = !POLICY.rollingOffJobOnly() || (!e.online() && e.offJobDays() > 0);
            if (countsForRolling && !e.completedOn().isBefore(w.rollingStart()) && !e.completedOn().isAfter(TODAY)) {
                rolling = rolling.add(e.hours());
                rollingDays += e.offJobDays();
            }
            if (!e.completedOn().isBefore(w.yearStart()) && !e.completedOn().isAfter(TODAY)) {
                year = year.add(e.hours());
                yearDays += e.offJobDays();
                online = e.online() ? online.add(e.hours()) : online;
            }
        }
        return new HoursTotals(rolling, rollingDays, year, yearDays, online);
    }

    static ComplianceStatus status(UUID id, RankLevel rank, LocalDate rankSince) {
        return HoursCompliance.assess(rank, rankSince, totals(TrainingHistory.of(id, rank, rankSince, TODAY, POLICY, CATALOGUE)),
                TODAY, POLICY).status();
    }

    @Test
    void theSameCadreOnTheSameDayHasTheSameHistory() {
        assertEquals(TrainingHistory.of(cadre(7), RankLevel.DIVISION_DEPUTY, LocalDate.of(2019, 3, 1), TODAY, POLICY, CATALOGUE),
                TrainingHistory.of(cadre(7), RankLevel.DIVISION_DEPUTY, LocalDate.of(2019, 3, 1), TODAY, POLICY, CATALOGUE));
    }

    @Test
    void everyRecordFallsInTheFiveYearsUpToTodayAndEveryYearHasSome() {
        List<Entry> entries = TrainingHistory.of(cadre(1), RankLevel.SECTION_PRINCIPAL, null, TODAY, POLICY, CATALOGUE);
        Windows w = HoursCompliance.windows(TODAY, POLICY);
        entries.forEach(e -> assertTrue(!e.completedOn().isBefore(w.rollingStart()) && e.completedOn().isBefore(TODAY), e.toString()));
        for (int year = 2022; year <= 2026; year++) {
            int y = year;
            assertTrue(entries.stream().anyMatch(e -> e.completedOn().getYear() == y), "no record in " + y);
            assertTrue(entries.stream().anyMatch(e -> e.completedOn().getYear() == y && e.online()), "no online record in " + y);
        }
        // no lectures of an hour or two, no designated classes of a month: one to three classes a year
        entries.stream().filter(e -> !e.online()).forEach(e -> assertTrue(e.hours().intValue() >= 16 && e.hours().intValue() <= 80));
    }

    @Test
    void mostOfTheBureauIsCompliantSomeAreAtRiskAndAFewShort() {
        Map<ComplianceStatus, Integer> statuses = new EnumMap<>(ComplianceStatus.class);
        RankLevel[] ranks = RankLevel.values();
        for (int i = 0; i < 2000; i++) {
            RankLevel rank = ranks[2 + i % 4]; // division and section levels, as the demo roster has them
            statuses.merge(status(cadre(i), rank, LocalDate.of(2015, 1, 1).plusDays(i)), 1, Integer::sum);
        }
        int compliant = statuses.getOrDefault(ComplianceStatus.COMPLIANT, 0);
        assertTrue(compliant > 1300 && compliant < 1650, statuses.toString());
        assertTrue(statuses.getOrDefault(ComplianceStatus.AT_RISK, 0) > 250, statuses.toString());
        assertTrue(statuses.getOrDefault(ComplianceStatus.SHORTFALL, 0) > 30, statuses.toString());
    }

    @Test
    void aDivisionLevelCadrePromotedThisYearIsMostlyInGraceAndStillShort() {
        int grace = 0;
        for (int i = 0; i < 200; i++) {
            ComplianceStatus status = status(cadre(10_000 + i), RankLevel.DIVISION_DEPUTY, TODAY.minusMonths(4));
            grace += status == ComplianceStatus.GRACE ? 1 : 0;
        }
        assertTrue(grace > 100, grace + " of 200 in grace");
        // promoted long ago, nobody is in grace
        for (int i = 0; i < 200; i++) {
            assertFalse(status(cadre(10_000 + i), RankLevel.DIVISION_DEPUTY, TODAY.minusYears(3)) == ComplianceStatus.GRACE);
        }
    }
}
