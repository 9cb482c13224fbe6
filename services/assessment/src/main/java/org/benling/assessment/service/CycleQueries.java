package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
                .page(em, "c.id", page, id -> summary(Cycle.<Cycle>findById(id)));
    }

    /** The cycle with its grade distribution and where it stands against the 优秀 quota. */
    @SuppressWarnings("unchecked")
    public CycleSummary summary(Cycle cycle) {
        Map<Grade, Integer> proposed = new EnumMap<>(Grade.class);
        Map<Grade, Integer> finals = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            proposed.put(g, 0);
            finals.put(g, 0);
        }
        int assessed = 0;
        int graded = 0;
        List<Object[]> rows = em.createNativeQuery("""
                SELECT proposed_grade, final_grade, count(*) FROM review WHERE cycle_id = :cycle
                GROUP BY proposed_grade, final_grade""").setParameter("cycle", cycle.id).getResultList();
        for (Object[] r : rows) {
            int n = ((Number) r[2]).intValue();
            assessed += n;
            if (r[0] != null) {
                graded += n;
                proposed.merge(Grade.valueOf((String) r[0]), n, Integer::sum);
            }
            if (r[1] != null) {
                finals.merge(Grade.valueOf((String) r[1]), n, Integer::sum);
            }
        }
        Map<Grade, Integer> counted = cycle.status == Cycle.Status.FINALIZED ? finals : proposed;
        // the reviews a supervision measure takes out of the quota's base (不定等次, pending case): only cadres with
        // measures can be among them
        List<UUID> measured = em.createNativeQuery("""
                SELECT r.id FROM review r WHERE r.cycle_id = :cycle
                AND EXISTS (SELECT 1 FROM measure_view m WHERE m.cadre_id = r.cadre_id)""")
                .setParameter("cycle", cycle.id).getResultList();
        List<Review> affected = measured.isEmpty() ? List.of() : Review.list("id in ?1", measured);
        Map<UUID, AnnualEffect> effects = pools.effects(cycle.year, affected);
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
        return new CycleSummary(cycle.id, cycle.unitId, pools.unitName(cycle.unitId), cycle.year, cycle.title, cycle.status,
                assessed, graded, ungraded, pending, proposed, finals, quota, pool,
                new RaisedQuotaApproval(cycle.raisedQuotaApproved, raised.by(), raised.at(), raised.note()),
                cycle.createdAt, cycle.createdBy, cycle.finalizedAt, cycle.finalizedBy, cycle.version);
    }
}
