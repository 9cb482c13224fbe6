package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.ExcellentQuota;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.assessment.rest.api.CycleSummary;
import org.benling.assessment.rest.api.PoolView;
import org.benling.assessment.rest.api.Quota;
import org.benling.assessment.rest.api.RaisedQuotaApproval;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.security.UnitScope;

/** Cycles as their readers see them: the grade distribution and where the cycle stands against the 优秀 quota. */
@ApplicationScoped
public class CycleQueries {

    /** The list's filters; null ones are left out. */
    public record Filter(Integer year, UUID unitId, Cycle.Status status) {
    }

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject CycleAccess access;
    @Inject QuotaPools pools;
    @Inject AssessmentPolicy policy;

    public PageResult<CycleSummary> list(Filter filter, PageQuery page) {
        return new NativeFilter(" FROM cycle c JOIN unit_view u ON u.id = c.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .and("c.year = :year", "year", filter.year())
                .and("c.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .inSubtreeOf("u.path", filter.unitId())
                .pageRows(em, "c.id, u.name", "c.id", page, rows -> {
                    Map<UUID, Cycle> cycles = Cycle.<Cycle>list("id in ?1", rows.stream().map(r -> (UUID) r[0]).toList())
                            .stream().collect(Collectors.toMap(c -> c.id, c -> c));
                    Map<UUID, String> names = new HashMap<>();
                    rows.forEach(r -> names.put(cycles.get((UUID) r[0]).unitId, (String) r[1]));
                    return summaries(rows.stream().map(r -> cycles.get((UUID) r[0])).toList(), names);
                });
    }

    /** The cycle with its grade distribution and where it stands against the 优秀 quota. */
    public CycleSummary summary(Cycle cycle) {
        Map<UUID, String> names = new HashMap<>();
        names.put(cycle.unitId, pools.unitName(cycle.unitId));
        return summaries(List.of(cycle), names).get(0);
    }

    /**
     * The summaries of several cycles with a statement each for their grades, their reviews of cadres with measures
     * and those measures (a year's at a time), whatever their number; only a cycle too small for a quota of its
     * own asks for its pool.
     */
    @SuppressWarnings("unchecked")
    private List<CycleSummary> summaries(List<Cycle> cycles, Map<UUID, String> unitNames) {
        UUID[] ids = cycles.stream().map(c -> c.id).toArray(UUID[]::new);
        Map<UUID, Map<Grade, Integer>> proposed = new HashMap<>();
        Map<UUID, Map<Grade, Integer>> finals = new HashMap<>();
        Map<UUID, int[]> assessedAndGraded = new HashMap<>();
        for (Cycle cycle : cycles) {
            proposed.put(cycle.id, zeroes());
            finals.put(cycle.id, zeroes());
            assessedAndGraded.put(cycle.id, new int[2]);
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT cycle_id, proposed_grade, final_grade, count(*) FROM review WHERE cycle_id = ANY(:cycles)
                GROUP BY cycle_id, proposed_grade, final_grade""").setParameter("cycles", ids).getResultList();
        for (Object[] r : rows) {
            UUID cycle = (UUID) r[0];
            int n = ((Number) r[3]).intValue();
            assessedAndGraded.get(cycle)[0] += n;
            if (r[1] != null) {
                assessedAndGraded.get(cycle)[1] += n;
                proposed.get(cycle).merge(Grade.valueOf((String) r[1]), n, Integer::sum);
            }
            if (r[2] != null) {
                finals.get(cycle).merge(Grade.valueOf((String) r[2]), n, Integer::sum);
            }
        }
        // the reviews a supervision measure takes out of the quota's base (不定等次, pending case): only cadres with
        // measures can be among them
        List<UUID> measured = em.createNativeQuery("""
                SELECT r.id FROM review r WHERE r.cycle_id = ANY(:cycles)
                AND EXISTS (SELECT 1 FROM measure_view m WHERE m.cadre_id = r.cadre_id)""")
                .setParameter("cycles", ids).getResultList();
        Map<UUID, List<Review>> affected = (measured.isEmpty() ? List.<Review>of() : Review.<Review>list("id in ?1", measured))
                .stream().collect(Collectors.groupingBy(r -> r.cycleId));
        Map<UUID, AnnualEffect> effects = new HashMap<>();
        cycles.stream().collect(Collectors.groupingBy(c -> c.year)).forEach((year, ofYear) -> effects.putAll(pools.effects(year,
                ofYear.stream().flatMap(c -> affected.getOrDefault(c.id, List.of()).stream()).toList())));
        return cycles.stream().map(cycle -> summary(cycle, unitNames.get(cycle.unitId), assessedAndGraded.get(cycle.id),
                proposed.get(cycle.id), finals.get(cycle.id), affected.getOrDefault(cycle.id, List.of()), effects)).toList();
    }

    private CycleSummary summary(Cycle cycle, String unitName, int[] assessedAndGraded, Map<Grade, Integer> proposed,
            Map<Grade, Integer> finals, List<Review> affected, Map<UUID, AnnualEffect> effects) {
        int assessed = assessedAndGraded[0];
        int graded = assessedAndGraded[1];
        Map<Grade, Integer> counted = cycle.status == Cycle.Status.FINALIZED ? finals : proposed;
        int ungraded = 0;
        int pending = 0;
        int excellent = counted.get(Grade.EXCELLENT);
        for (Review r : affected) {
            AnnualEffect effect = effects.get(r.id);
            ungraded += effect == AnnualEffect.UNGRADED ? 1 : 0;
            pending += effect == AnnualEffect.PENDING ? 1 : 0;
            if (!SupervisionEffect.inQuotaBase(effect) && cycle.status == Cycle.Status.OPEN
                    && r.proposedGrade == Grade.EXCELLENT) {
                excellent--;
            }
        }
        int base = assessed - ungraded - pending;
        ExcellentQuota.Check check = ExcellentQuota.check(base, excellent, cycle.raisedQuotaApproved, policy);
        Quota quota = new Quota(check.assessed(), check.excellent(), check.quota(), check.rate(), check.raised(),
                check.allowed(), ExcellentQuota.quota(base, policy.excellentRate()),
                ExcellentQuota.quota(base, policy.raisedExcellentRate()));
        PoolView pool = pools.pool(cycle, base, excellent).map(p -> new PoolView(p.parentUnitId(),
                pools.unitName(p.parentUnitId()), p.units(), p.assessed(), p.excellent(), p.quota(), p.rate(), p.allowed()))
                .orElse(null);
        Decision raised = Decision.orNone(cycle.raisedQuotaApproval);
        return new CycleSummary(cycle.id, cycle.unitId, unitName, cycle.year, cycle.title, cycle.status,
                assessed, graded, ungraded, pending, proposed, finals, quota, pool,
                new RaisedQuotaApproval(cycle.raisedQuotaApproved, raised.by(), raised.at(), raised.note()),
                cycle.selfReportDue, cycle.createdAt, cycle.createdBy, cycle.finalizedAt, cycle.finalizedBy, cycle.version);
    }

    private static Map<Grade, Integer> zeroes() {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, 0);
        }
        return counts;
    }
}
