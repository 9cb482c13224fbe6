package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.assessment.rest.api.RegradeRow;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.AnnualOutcome;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.CallerLanguage;

/**
 * The finalised reviews the supervision rules would grade differently today: those finalised before the measure
 * catalogue (under the old rule, which only ever blocked 优秀), or before a measure of their year was recorded.
 * They stay as they were (a final grade is not rewritten); the report lists them for HR to review: a year that is
 * now 不定等次 or 不称职 by a measure, one with a case pending, or 优秀 under a measure that forbids it.
 */
@ApplicationScoped
public class RegradeReport {

    public record Filter(Integer year, UUID unitId) {
    }

    @Inject EntityManager em;
    @Inject EvidenceStore evidence;
    @Inject CadreDirectory cadres;
    @Inject UnitScope scope;
    @Inject Clock clock;
    @Inject CallerLanguage language;

    /**
     * The candidates are the final, graded reviews of cadres with any measure on record (few), read in one query
     * with their measures in another; the rule is applied to each and the differing ones paged, newest year first.
     */
    public PageResult<RegradeRow> list(Filter filter, PageQuery page) {
        List<UUID> candidates = new NativeFilter(
                " FROM review r JOIN cycle c ON c.id = r.cycle_id JOIN unit_view u ON u.id = c.unit_id")
                .andIf(true, "r.status = 'FINALIZED' AND r.graded_afterwards_at IS NULL"
                        + " AND (r.outcome IS NULL OR r.outcome = 'GRADED')"
                        + " AND EXISTS (SELECT 1 FROM measure_view m WHERE m.cadre_id = r.cadre_id)")
                .scope(scope.readScope(), "u.path", null)
                .and("r.year = :year", "year", filter.year())
                .inSubtreeOf("u.path", filter.unitId())
                .ids(em, "r.id", "r.year DESC, r.id");
        if (candidates.isEmpty()) {
            return PageResult.empty(page);
        }
        List<Review> reviews = Review.list("id in ?1", candidates);
        Map<UUID, List<MeasureOnRecord>> measures = evidence.measures(reviews.stream().map(r -> r.cadreId).toList());
        Map<UUID, String> unitOfCycle = unitNames(reviews.stream().map(r -> r.cycleId).distinct().toList());
        LocalDate today = LocalDate.now(clock);
        List<RegradeRow> differing = new ArrayList<>();
        for (Review r : reviews) {
            AnnualEffect now = AnnualOutcome.of(measures.getOrDefault(r.cadreId, List.of()), Year.of(r.year), today).effect();
            if (differs(r, now)) {
                Optional<CadreRef> c = cadres.find(r.cadreId);
                differing.add(new RegradeRow(r.id, r.cycleId, r.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                        c.map(CadreRef::name).orElse(null), unitOfCycle.get(r.cycleId), r.year, r.finalGrade, r.outcome,
                        now, now.chineseName(),
                        SupervisionEffect.refusal(now, r.year).map(why -> why.text(language.get())).orElse(null)));
            }
        }
        differing.sort(Comparator.comparingInt(RegradeRow::year).reversed()
                .thenComparing(RegradeRow::employeeNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        int from = Math.min(differing.size(), page.page() * page.size());
        int to = Math.min(differing.size(), from + page.size());
        return PageResult.of(differing.subList(from, to), page, differing.size());
    }

    /** Would the rules of today give this final review another outcome? */
    static boolean differs(Review r, AnnualEffect now) {
        return switch (now) {
            case NONE -> false;
            case NO_EXCELLENT -> r.finalGrade == Grade.EXCELLENT;
            case INCOMPETENT -> r.finalGrade != Grade.INCOMPETENT;
            case UNGRADED, PENDING -> true;
        };
    }

    /** The unit name of each cycle, in one query. */
    @SuppressWarnings("unchecked")
    private Map<UUID, String> unitNames(List<UUID> cycleIds) {
        Map<UUID, String> names = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery(
                "SELECT c.id, u.name FROM cycle c JOIN unit_view u ON u.id = c.unit_id WHERE c.id = ANY(:ids)")
                .setParameter("ids", cycleIds.toArray(UUID[]::new)).getResultList())
                .forEach(r -> names.put((UUID) r[0], (String) r[1]));
        return names;
    }
}
