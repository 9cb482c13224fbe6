package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;
import org.benling.training.domain.TrainingPlan;
import org.benling.training.rest.api.PlanRequest;
import org.benling.training.rest.api.Progress;

/** Annual plans and their progress against the unit's real training records. */
@ApplicationScoped
public class PlanService {

    @Inject EntityManager em;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;

    @Transactional
    public TrainingPlan create(PlanRequest r) {
        if (!scope.mayWrite(r.unitId())) {
            throw ProblemException.forbidden("you may not plan training for unit " + r.unitId());
        }
        if (TrainingPlan.count("unitId = ?1 and year = ?2 and title = ?3", r.unitId(), r.year(), r.title().trim()) > 0) {
            throw ProblemException.conflict("duplicate-plan", "this unit already has a plan of that title for " + r.year());
        }
        List<UUID> designated = r.designatedCadreIds() == null ? List.of() : r.designatedCadreIds().stream().distinct().toList();
        designated.forEach(id -> cadres.writable(id, "designatedCadreIds"));
        TrainingPlan p = new TrainingPlan();
        p.id = UUID.randomUUID();
        p.unitId = r.unitId();
        p.year = r.year();
        p.title = r.title().trim();
        p.targetCoverage = r.targetCoverage().setScale(2, RoundingMode.HALF_UP);
        p.targetHoursPerCadre = r.targetHoursPerCadre().setScale(2, RoundingMode.HALF_UP);
        p.designatedCadreIds = designated.toArray(UUID[]::new);
        p.persist();
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingPlan get(UUID id) {
        return TrainingPlan.<TrainingPlan>findByIdOptional(id).filter(p -> scope.mayRead(p.unitId))
                .orElseThrow(() -> ProblemException.notFound("Plan", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The plans of the caller's scope, one page, the scope applied in the query. */
    public PageResult<TrainingPlan> list(Integer year, PageQuery page) {
        return new NativeFilter(" FROM training_plan p JOIN unit_view u ON u.id = p.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .and("p.year = :year", "year", year)
                .pageOf(em, TrainingPlan.class, "p.id", "p.year", page, (plan, row) -> plan);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(TrainingPlan plan) {
        String path = cadres.unitPath(plan.unitId).orElseThrow(() -> ProblemException.notFound("Unit", plan.unitId));
        LocalDate from = LocalDate.of(plan.year, 1, 1);
        LocalDate to = LocalDate.of(plan.year, 12, 31);
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE h.hours > 0), coalesce(avg(coalesce(h.hours, 0)), 0),
                       count(*) FILTER (WHERE c.id = ANY(cast(:designated as uuid[]))),
                       count(*) FILTER (WHERE c.id = ANY(cast(:designated as uuid[])) AND h.hours > 0)
                FROM cadre_view c
                JOIN unit_view u ON u.id = c.unit_id AND u.path LIKE :prefix
                LEFT JOIN (SELECT cadre_id, sum(hours) AS hours FROM training_record
                           WHERE completed_on BETWEEN :from AND :to GROUP BY cadre_id) h ON h.cadre_id = c.id
                WHERE c.active""")
                .setParameter("designated", "{" + String.join(",", java.util.Arrays.stream(plan.designatedCadreIds)
                        .map(UUID::toString).toList()) + "}")
                .setParameter("prefix", path + "%").setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        int total = ((Number) row[0]).intValue();
        int trained = ((Number) row[1]).intValue();
        BigDecimal coverage = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(trained).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        BigDecimal average = new BigDecimal(row[2].toString()).setScale(2, RoundingMode.HALF_UP);
        return new Progress(total, trained, coverage, average, ((Number) row[3]).intValue(), ((Number) row[4]).intValue(),
                coverage.compareTo(plan.targetCoverage) >= 0, average.compareTo(plan.targetHoursPerCadre) >= 0);
    }
}
