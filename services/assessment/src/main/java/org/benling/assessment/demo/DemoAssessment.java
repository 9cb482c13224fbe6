package org.benling.assessment.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.ExcellentQuota;
import org.benling.assessment.service.CycleCommands;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.demo.DemoLoader;
import org.benling.platform.jobs.OncePerFireTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo data for {@code ./benling start}: once the personnel read model has filled up, the 2025 cycle of every unit,
 * rated (deterministically from each cadre's id) within the 优秀 quota and finalised through the same rules as
 * the API, with 2023 and 2024 grades on record so the consecutive-year consequences show. Only on an empty
 * database, only when {@code benling.assessment.demo-data.enabled}.
 */
@ApplicationScoped
public class DemoAssessment {

    private static final int YEAR = 2025;
    private static final String ACTOR = "demo-loader";

    @ConfigProperty(name = "benling.assessment.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    @Inject EntityManager em;
    @Inject DemoLoader loader;
    @Inject CycleCommands cycles;
    @Inject AssessmentPolicy policy;

    /** Each tick goes to the DemoLoader, which loads once the personnel read model has stopped growing. */
    @Scheduled(identity = "assessment-demo-data", every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = OncePerFireTime.class)
    void loadWhenReady() {
        loader.tick(DemoAssessment.class, enabled, () -> Cycle.count() > 0, this::load);
    }

    private String load() {
        @SuppressWarnings("unchecked")
        List<Object[]> units = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                SELECT u.id, u.name FROM unit_view u WHERE EXISTS (SELECT 1 FROM cadre_view c WHERE c.unit_id = u.id AND c.active)
                ORDER BY u.path""").getResultList());
        int reviews = 0;
        for (Object[] unit : units) {
            reviews += QuarkusTransaction.requiringNew().call(() -> loadUnit((UUID) unit[0], (String) unit[1]));
        }
        return String.format("%d finalised %d cycles with %d reviews", units.size(), YEAR, reviews);
    }

    private int loadUnit(UUID unitId, String unitName) {
        Cycle cycle = cycles.create(unitId, unitName, YEAR, null, ACTOR);
        List<Review> reviews = Review.list("cycleId", cycle.id);
        List<Rated> rated = new ArrayList<>();
        for (Review r : reviews) {
            Random random = new Random(r.cadreId.getMostSignificantBits() ^ r.cadreId.getLeastSignificantBits());
            int base = 64 + random.nextInt(24);
            for (Capability c : Capability.values()) {
                r.capabilityScores.put(c, Math.max(40, Math.min(98, base - 7 + random.nextInt(15))));
            }
            r.performanceScore = base + random.nextInt(8);
            r.styleScore = base + random.nextInt(8);
            r.conductScore = base + random.nextInt(8);
            r.selfReport = "围绕年度目标任务履职尽责，完成了分管工作。（演示数据）";
            r.ratedBy = ACTOR;
            rated.add(new Rated(r, base));
        }
        rated.sort(Comparator.comparingInt(Rated::base).reversed());
        int quota = ExcellentQuota.quota(rated.size(), policy.excellentRate());
        for (int i = 0; i < rated.size(); i++) {
            Rated x = rated.get(i);
            Grade grade = i < quota && x.base() >= 75 ? Grade.EXCELLENT
                    : x.base() < 64 && i == rated.size() - 1 ? Grade.BASICALLY_COMPETENT : Grade.COMPETENT;
            x.review().superiorGrade = grade;
            x.review().proposedGrade = grade;
            for (int year = YEAR - 2; year < YEAR; year++) {
                em.createNativeQuery("INSERT INTO grade_record (cadre_id, year, grade) VALUES (:c, :y, :g)")
                        .setParameter("c", x.review().cadreId).setParameter("y", year)
                        .setParameter("g", (grade == Grade.EXCELLENT && x.base() >= 82 ? Grade.EXCELLENT : Grade.COMPETENT).name())
                        .executeUpdate();
            }
        }
        em.flush();
        cycles.finalizeAs(cycle, ACTOR);
        return reviews.size();
    }

    private record Rated(Review review, int base) {
    }
}
