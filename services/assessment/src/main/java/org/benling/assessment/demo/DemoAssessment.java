package org.benling.assessment.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.ExcellentQuota;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.assessment.service.CycleCommands;
import org.benling.assessment.service.QuotaPools;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.demo.DemoData;

/**
 * Demo data for {@code ./benling start}: once the personnel read model has filled up, three finalised years of every
 * unit's annual assessment (the last three before this one), each rated deterministically from the cadre's id and
 * the year, graded within the 优秀 quota and under the supervision measures' effect on that year, and finalised
 * through the same rules as the API — so grades by year, the consecutive-year consequences, a few 基本称职 and the
 * capability history show. Only on an empty database, only when {@code benling.demo-data.enabled}.
 */
@ApplicationScoped
public class DemoAssessment implements DemoData {

    /** How many finalised years the demo holds, the last one the year before today's. */
    private static final int YEARS = 3;
    private static final String ACTOR = "demo-loader";

    @Inject EntityManager em;
    @Inject CycleCommands cycles;
    @Inject QuotaPools pools;
    @Inject AssessmentPolicy policy;
    @Inject Clock clock;

    @Override
    public boolean present() {
        return Cycle.count() > 0;
    }

    @Override
    public String load() {
        @SuppressWarnings("unchecked")
        List<Object[]> units = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT u.id, u.name FROM unit_view u WHERE EXISTS (SELECT 1 FROM cadre_view c WHERE c.unit_id = u.id AND c.active)
                ORDER BY u.path""").getResultList());
        int lastYear = LocalDate.now(clock).getYear() - 1;
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        int cycleCount = 0;
        // oldest first: each year's consequences (consecutive 优秀, 基本称职 twice) build on the years before
        for (int year = lastYear - YEARS + 1; year <= lastYear; year++) {
            for (Object[] unit : units) {
                int y = year;
                // a unit of a few hundred cadres on a busy machine (the scale mode) takes longer than the default minute
                QuarkusTransaction.requiringNew().timeout(600).call(() -> loadUnit((UUID) unit[0], (String) unit[1], y))
                        .forEach(g -> grades.merge(g, 1, Integer::sum));
                cycleCount++;
            }
        }
        return String.format("%d finalised cycles of %d units over %d years, grades %s", cycleCount, units.size(), YEARS, grades);
    }

    /** The unit's cycle of the year, rated and finalised; the grades it gave. */
    private List<Grade> loadUnit(UUID unitId, String unitName, int year) {
        Cycle cycle = cycles.create(unitId, unitName, year, null, ACTOR);
        List<Review> reviews = Review.list("cycleId", cycle.id);
        Map<UUID, AnnualEffect> effects = pools.effects(year, reviews);
        List<Rated> rated = new ArrayList<>();
        for (Review r : reviews) {
            // the cadre's level, and how this year went for them
            Random cadre = new Random(r.cadreId.getMostSignificantBits() ^ r.cadreId.getLeastSignificantBits());
            Random thisYear = new Random(r.cadreId.getLeastSignificantBits() * 31 + year);
            int base = 64 + cadre.nextInt(24) - 3 + thisYear.nextInt(7);
            boolean struggled = thisYear.nextInt(100) < 3;
            for (Capability c : Capability.values()) {
                r.capabilityScores.put(c, Math.max(40, Math.min(98, base - 7 + thisYear.nextInt(15) - (struggled ? 12 : 0))));
            }
            r.performanceScore = base + thisYear.nextInt(8);
            r.styleScore = base + thisYear.nextInt(8);
            r.conductScore = base + thisYear.nextInt(8);
            r.selfReport = year + " 年围绕年度目标任务履职尽责，完成了分管工作。（演示数据）";
            r.ratedBy = ACTOR;
            rated.add(new Rated(r, base, struggled, effects.getOrDefault(r.id, AnnualEffect.NONE)));
        }
        rated.sort(Comparator.comparingInt(Rated::base).reversed());
        long inBase = rated.stream().filter(x -> SupervisionEffect.inQuotaBase(x.effect())).count();
        int quota = ExcellentQuota.quota((int) inBase, policy.excellentRate());
        int excellent = 0;
        for (Rated x : rated) {
            if (!SupervisionEffect.needsProposedGrade(x.effect())) {
                continue; // 不定等次, a pending case or an imposed 不称职: finalisation decides
            }
            Grade grade = x.struggled() ? Grade.BASICALLY_COMPETENT
                    : excellent < quota && x.base() >= 75 && SupervisionEffect.inQuotaBase(x.effect()) ? Grade.EXCELLENT
                    : Grade.COMPETENT;
            if (!SupervisionEffect.allows(x.effect(), grade)) {
                grade = SupervisionEffect.allows(x.effect(), Grade.COMPETENT) ? Grade.COMPETENT : Grade.BASICALLY_COMPETENT;
            }
            excellent += grade == Grade.EXCELLENT ? 1 : 0;
            x.review().superiorGrade = grade;
            x.review().proposedGrade = grade;
        }
        em.flush();
        cycles.finalizeAs(cycle, ACTOR);
        return reviews.stream().map(r -> r.finalGrade).filter(java.util.Objects::nonNull).toList();
    }

    private record Rated(Review review, int base, boolean struggled, AnnualEffect effect) {
    }
}
