package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.ExcellentQuota;
import org.benling.assessment.rest.api.AssessmentFiguresView;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.personnel.FigureUnits;
import org.benling.platform.personnel.FigureUnits.Breakdown;
import org.benling.platform.personnel.FigureUnits.FigureUnit;

/**
 * The dashboard's assessment figures of a unit by child unit, each from this service's own tables in four grouped
 * statements: active cadres, average capability scores, open gaps, and the finalised grades of the year against
 * each cycle's 优秀 quota (its base leaves out the ungraded; a raised quota where it was approved).
 */
@ApplicationScoped
public class AssessmentFigures {

    @Inject EntityManager em;
    @Inject FigureUnits units;
    @Inject AssessmentPolicy policy;

    /** Sums of one row of the breakdown. */
    private static final class Sums {
        long cadres;
        final Map<Capability, double[]> scores = new EnumMap<>(Capability.class);
        final Map<Capability, Long> gaps = new EnumMap<>(Capability.class);
        final Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        long ungraded;
        int quota;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AssessmentFiguresView of(UUID unitId, Integer year) {
        Breakdown breakdown = units.breakdown(unitId);
        Map<UUID, Sums> sums = new HashMap<>();
        breakdown.rows().forEach(row -> sums.put(row.id(), new Sums()));
        java.util.function.Function<Object, Sums> row = path -> breakdown.of((String) path).map(r -> sums.get(r.id())).orElse(null);

        for (Object[] r : rows("""
                SELECT u.path, count(*) FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                WHERE c.active AND u.path LIKE :prefix GROUP BY u.path""", breakdown, null)) {
            row.apply(r[0]).cadres += ((Number) r[1]).longValue();
        }
        for (Object[] r : rows("""
                SELECT u.path, s.capability, sum(s.score), count(*) FROM capability_score s
                JOIN cadre_view c ON c.id = s.cadre_id AND c.active JOIN unit_view u ON u.id = c.unit_id
                WHERE u.path LIKE :prefix GROUP BY u.path, s.capability""", breakdown, null)) {
            double[] total = row.apply(r[0]).scores.computeIfAbsent(Capability.valueOf((String) r[1]), c -> new double[2]);
            total[0] += ((Number) r[2]).doubleValue();
            total[1] += ((Number) r[3]).doubleValue();
        }
        for (Object[] r : rows("""
                SELECT u.path, g.capability, count(*) FROM gap g JOIN unit_view u ON u.id = g.unit_id
                WHERE g.status = 'OPEN' AND u.path LIKE :prefix GROUP BY u.path, g.capability""", breakdown, null)) {
            row.apply(r[0]).gaps.merge(Capability.valueOf((String) r[1]), ((Number) r[2]).longValue(), Long::sum);
        }
        long activeCadres = sums.values().stream().mapToLong(x -> x.cadres).sum();
        Integer gradesYear = year != null ? year : latestGradedYear(breakdown, activeCadres);
        if (gradesYear != null) {
            grades(breakdown, gradesYear, row);
        }

        Sums all = new Sums();
        List<AssessmentFiguresView.UnitFigures> rows = breakdown.rows().stream().map(unit -> {
            Sums s = sums.get(unit.id());
            s.grades.forEach((grade, n) -> all.grades.merge(grade, n, Long::sum));
            all.ungraded += s.ungraded;
            all.quota += s.quota;
            return view(unit, s);
        }).filter(u -> !u.own() || u.cadres() > 0 || !u.grades().isEmpty()).toList();
        return new AssessmentFiguresView(breakdown.unit().id(), breakdown.unit().name(), gradesYear, rows, all.grades,
                all.ungraded, all.quota);
    }

    /** Each finalised cycle of the year: its grades, and its quota on the graded (raised where approved). */
    private void grades(Breakdown breakdown, int year, java.util.function.Function<Object, Sums> row) {
        Map<UUID, Object[]> cycles = new HashMap<>();
        Map<UUID, Map<Grade, Long>> byCycle = new HashMap<>();
        for (Object[] r : rows("""
                SELECT cy.id, u.path, cy.raised_quota_approved, r.final_grade, count(*) FROM review r
                JOIN cycle cy ON cy.id = r.cycle_id JOIN unit_view u ON u.id = cy.unit_id
                WHERE cy.year = :year AND cy.status = 'FINALIZED' AND u.path LIKE :prefix
                GROUP BY cy.id, u.path, cy.raised_quota_approved, r.final_grade""", breakdown, year)) {
            UUID cycle = (UUID) r[0];
            cycles.put(cycle, r);
            Map<Grade, Long> grades = byCycle.computeIfAbsent(cycle, c -> new EnumMap<>(Grade.class));
            Sums s = row.apply(r[1]);
            long n = ((Number) r[4]).longValue();
            if (r[3] == null) {
                s.ungraded += n;
            } else {
                grades.merge(Grade.valueOf((String) r[3]), n, Long::sum);
                s.grades.merge(Grade.valueOf((String) r[3]), n, Long::sum);
            }
        }
        byCycle.forEach((cycle, grades) -> {
            Object[] r = cycles.get(cycle);
            BigDecimal rate = Boolean.TRUE.equals(r[2]) ? policy.raisedExcellentRate() : policy.excellentRate();
            int graded = (int) grades.values().stream().mapToLong(Long::longValue).sum();
            row.apply(r[1]).quota += ExcellentQuota.quota(graded, rate);
        });
    }

    /**
     * The year a dashboard shows without one asked: the latest in which at least half the scope's active cadres were
     * finalised, so that the first units done with this year's assessment do not stand for the whole scope while the
     * rest still work on it; failing that, the latest with any finalised cycle.
     */
    private Integer latestGradedYear(Breakdown breakdown, long activeCadres) {
        List<Object[]> years = rows("""
                SELECT cy.year, count(*) FROM review r JOIN cycle cy ON cy.id = r.cycle_id
                JOIN unit_view u ON u.id = cy.unit_id
                WHERE cy.status = 'FINALIZED' AND u.path LIKE :prefix GROUP BY cy.year ORDER BY cy.year DESC""",
                breakdown, null);
        return years.stream().filter(y -> ((Number) y[1]).longValue() * 2 >= activeCadres).findFirst()
                .or(() -> years.stream().findFirst()).map(y -> ((Number) y[0]).intValue()).orElse(null);
    }

    private static AssessmentFiguresView.UnitFigures view(FigureUnit unit, Sums s) {
        Map<Capability, Double> averages = new EnumMap<>(Capability.class);
        s.scores.forEach((c, t) -> averages.put(c, t[1] == 0 ? 0 : Math.round(t[0] / t[1] * 10) / 10.0));
        return new AssessmentFiguresView.UnitFigures(unit.id(), unit.code(), unit.name(), unit.own(), s.cadres, averages, s.gaps,
                s.grades, s.ungraded, s.quota);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Breakdown breakdown, Integer year) {
        var query = em.createNativeQuery(sql).setParameter("prefix", breakdown.prefix());
        if (year != null) {
            query.setParameter("year", year);
        }
        return query.getResultList();
    }
}
