package org.benling.training.service;

import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.FigureUnits;
import org.benling.training.rest.api.ComplianceFiguresView;

import jakarta.annotation.Nullable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.benling.training.domain.rules.ComplianceAssessment;
import org.benling.training.domain.rules.ComplianceStatus;
import org.benling.training.domain.rules.HoursCompliance;
import org.benling.training.domain.rules.HoursTotals;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.domain.rules.Windows;

/**
 * 学时 compliance of cadres, per cadre and per unit subtree. The sums over each window are computed in one
 * SQL pass (index-only on {@code training_record_compliance}); the regulation's judgement is
 * {@link HoursCompliance}, the only place it lives.
 */
@ApplicationScoped
public class ComplianceService {

    /** One cadre's standing, as listed in a unit's compliance table. */
    public record CadreCompliance(UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName,
            RankLevel rankLevel, @Nullable LocalDate rankSince, HoursTotals totals, ComplianceAssessment assessment) {
    }

    public record UnitCompliance(LocalDate assessedOn, Windows windows, int cadres,
            Map<ComplianceStatus, Integer> byStatus, List<CadreCompliance> rows) {
    }

    /**
     * Sums per cadre over the windows; {@code %s} is the cadre filter. The five-year 学时 count off-the-job (脱产)
     * training only, never online hours, unless {@code :rollingCountsAll} (policy). Public for the benchmark's plan.
     */
    public static final String SUMS = """
            SELECT c.id, c.employee_number, c.name, c.unit_id, u.name AS unit_name, c.rank_level, c.rank_since,
                   coalesce(sum(r.hours) FILTER (WHERE :rollingCountsAll OR (NOT r.online AND r.off_job_days > 0)), 0),
                   coalesce(sum(r.off_job_days), 0),
                   coalesce(sum(r.hours) FILTER (WHERE r.completed_on >= :yearStart), 0),
                   coalesce(sum(r.off_job_days) FILTER (WHERE r.completed_on >= :yearStart), 0),
                   coalesce(sum(r.hours) FILTER (WHERE r.online AND r.completed_on >= :yearStart), 0)
            FROM cadre_view c
            JOIN unit_view u ON u.id = c.unit_id
            LEFT JOIN training_record r ON r.cadre_id = c.id AND r.completed_on BETWEEN :rollingStart AND :today
            WHERE c.active AND %s
            GROUP BY c.id, u.name
            ORDER BY c.employee_number""";

    @Inject EntityManager em;
    @Inject TrainingPolicy policy;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;
    @Inject FigureUnits figureUnits;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public CadreCompliance ofCadre(UUID cadreId) {
        cadres.readable(cadreId);
        List<CadreCompliance> rows = query("c.id = :cadre", Map.of("cadre", cadreId), LocalDate.now(clock));
        return rows.get(0);
    }

    /** Every active cadre of the unit's subtree (within the caller's scope), with counts per status. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitCompliance ofUnit(UUID unitId, LocalDate asOf) {
        ReadScope readScope = scope.readScope();
        if (!(readScope instanceof ReadScope.Everything) && !(readScope instanceof ReadScope.Subtree)) {
            throw ProblemException.forbidden("unit compliance is for HR, inspectors and leaders");
        }
        String path = cadres.unitPath(unitId).filter(p -> scope.mayRead(unitId))
                .orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return summarise(day, query("u.path LIKE :prefix", Map.of("prefix", path + "%"), day));
    }

    /**
     * The compliance of a unit's cadres by child unit and rank (the dashboard), computed as the unit's own table is:
     * one statement for the sums, the rule per cadre.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ComplianceFiguresView figures(UUID unitId, LocalDate asOf) {
        FigureUnits.Breakdown breakdown = figureUnits.breakdown(unitId);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<CadreCompliance> rows = query("u.path LIKE :prefix", Map.of("prefix", breakdown.prefix()), day);
        @SuppressWarnings("unchecked")
        Map<UUID, String> paths = ((List<Object[]>) em.createNativeQuery("SELECT id, path FROM unit_view WHERE path LIKE :prefix")
                .setParameter("prefix", breakdown.prefix()).getResultList()).stream()
                .collect(java.util.stream.Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
        Map<UUID, List<CadreCompliance>> byRow = new java.util.HashMap<>();
        for (CadreCompliance row : rows) {
            breakdown.of(paths.get(row.unitId())).ifPresent(unit -> byRow.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(row));
        }
        List<ComplianceFiguresView.UnitFigures> units = breakdown.rows().stream()
                .filter(unit -> !unit.own() || byRow.containsKey(unit.id()))
                .map(unit -> {
                    List<CadreCompliance> of = byRow.getOrDefault(unit.id(), List.of());
                    List<ComplianceFiguresView.RankFigures> ranks = java.util.Arrays.stream(RankLevel.values())
                            .map(rank -> of.stream().filter(c -> c.rankLevel() == rank).toList())
                            .filter(list -> !list.isEmpty())
                            .map(list -> new ComplianceFiguresView.RankFigures(list.get(0).rankLevel(), list.size(),
                                    counts(list), rate(list)))
                            .toList();
                    return new ComplianceFiguresView.UnitFigures(unit.id(), unit.code(), unit.name(), unit.own(), of.size(), counts(of),
                            rate(of), ranks);
                }).toList();
        return new ComplianceFiguresView(day, breakdown.unit().id(), breakdown.unit().name(), rows.size(), counts(rows),
                rate(rows), units);
    }

    private static Map<ComplianceStatus, Integer> counts(List<CadreCompliance> rows) {
        Map<ComplianceStatus, Integer> byStatus = new EnumMap<>(ComplianceStatus.class);
        for (ComplianceStatus s : ComplianceStatus.values()) {
            byStatus.put(s, 0);
        }
        rows.forEach(r -> byStatus.merge(r.assessment().status(), 1, Integer::sum));
        return byStatus;
    }

    /** The share compliant, to three places. */
    private static double rate(List<CadreCompliance> rows) {
        long compliant = rows.stream().filter(r -> r.assessment().status() == ComplianceStatus.COMPLIANT).count();
        return rows.isEmpty() ? 0 : Math.round(compliant * 1000.0 / rows.size()) / 1000.0;
    }

    /** All active cadres, for the early-warning run. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CadreCompliance> everyone(LocalDate day) {
        return query("TRUE", Map.of(), day);
    }

    UnitCompliance summarise(LocalDate day, List<CadreCompliance> rows) {
        return new UnitCompliance(day, HoursCompliance.windows(day, policy), rows.size(), counts(rows), rows);
    }

    private List<CadreCompliance> query(String where, Map<String, Object> params, LocalDate today) {
        Windows windows = HoursCompliance.windows(today, policy);
        var query = em.createNativeQuery(SUMS.formatted(where))
                .setParameter("rollingStart", windows.rollingStart())
                .setParameter("yearStart", windows.yearStart())
                .setParameter("today", today)
                .setParameter("rollingCountsAll", !policy.rollingOffJobOnly());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CadreCompliance> result = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            RankLevel rank = RankLevel.valueOf((String) r[5]);
            LocalDate rankSince = r[6] == null ? null : CadreDirectory.toDate(r[6]);
            HoursTotals totals = new HoursTotals(decimal(r[7]), ((Number) r[8]).intValue(), decimal(r[9]),
                    ((Number) r[10]).intValue(), decimal(r[11]));
            result.add(new CadreCompliance((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4], rank,
                    rankSince, totals, HoursCompliance.assess(rank, rankSince, totals, today, policy)));
        }
        return result;
    }

    private static BigDecimal decimal(Object value) {
        return (value instanceof BigDecimal b ? b : new BigDecimal(value.toString())).setScale(2);
    }
}
