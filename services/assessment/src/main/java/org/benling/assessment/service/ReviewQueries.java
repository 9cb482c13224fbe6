package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Year;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.supervision.AnnualOutcome;
import org.benling.contracts.supervision.MeasureOnRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Ballot;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Review;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.assessment.rest.api.Democratic;
import org.benling.assessment.rest.api.ReviewDetail;
import org.benling.assessment.rest.api.ReviewRow;
import org.benling.assessment.rest.api.Supervision;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.CallerLanguage;

/**
 * Reviews as their readers see them: the list of a cycle, one review with its democratic evaluation, consequences
 * and what the cadre's supervision measures do to the year, and a cadre's own reviews.
 */
@ApplicationScoped
public class ReviewQueries {

    @Inject EntityManager em;
    @Inject AuditTrail audit;
    @Inject CycleAccess cycles;
    @Inject CadreDirectory cadres;
    @Inject EvidenceStore evidence;
    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject Clock clock;
    @Inject CallerLanguage language;

    /**
     * The reviews of a cycle the caller may read, one page: the count, the page with the cadres and the ballot counts,
     * the reviews, and the measures of their cadres — four statements whatever the page's size.
     */
    public PageResult<ReviewRow> list(UUID cycleId, String q, Grade grade, PageQuery page) {
        Cycle cycle = cycles.readable(cycleId);
        return new NativeFilter(" FROM review r LEFT JOIN cadre_view c ON c.id = r.cadre_id")
                .and("r.cycle_id = :cycle", "cycle", cycle.id)
                .and("(c.name LIKE :q OR c.employee_number LIKE :q)", "q", Like.contains(q))
                .and("coalesce(r.final_grade, r.proposed_grade) = :grade", "grade", grade == null ? null : grade.name())
                .pageRows(em, "r.id, c.employee_number, c.name, c.rank_level,"
                        + " (SELECT count(*) FROM ballot b WHERE b.review_id = r.id)", "r.id", page, this::rows);
    }

    private List<ReviewRow> rows(List<Object[]> page) {
        Map<UUID, Review> reviews = Review.<Review>list("id in ?1", page.stream().map(x -> (UUID) x[0]).toList()).stream()
                .collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<UUID, List<MeasureOnRecord>> measures = evidence.measures(reviews.values().stream().map(r -> r.cadreId).toList());
        return page.stream().map(x -> {
            Review r = reviews.get((UUID) x[0]);
            Supervision supervision = supervision(r, measures.getOrDefault(r.cadreId, List.of()));
            return new ReviewRow(r.id, r.cadreId, (String) x[1], (String) x[2],
                    x[3] == null ? null : RankLevel.valueOf((String) x[3]), r.superiorGrade, r.proposedGrade,
                    r.finalGrade, r.outcome, ((Number) x[4]).intValue(), r.selfReport != null,
                    excellentBlocked(supervision), supervision, r.status, r.version);
        }).toList();
    }

    public ReviewDetail detail(Review r) {
        Optional<CadreRef> c = cadres.find(r.cadreId);
        Supervision supervision = supervision(r);
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("SELECT kind FROM consequence WHERE review_id = :id ORDER BY kind")
                .setParameter("id", r.id).getResultList();
        Decision lateGrading = Decision.orNone(r.lateGrading);
        return new ReviewDetail(r.id, r.cycleId, r.year, r.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                c.map(CadreRef::name).orElse(null), c.map(CadreRef::unitId).orElse(null),
                c.map(CadreRef::rankLevel).orElse(null), r.selfReport, r.selfReportedAt,
                Cycle.<Cycle>findByIdOptional(r.cycleId).map(cycle -> cycle.selfReportDue).orElse(null), r.superiorGrade,
                r.superiorComment, r.ratedBy, r.performanceScore, r.styleScore, r.conductScore, r.capabilityScores,
                r.proposedGrade, r.finalGrade, r.finalCapabilityScores, r.outcome, democratic(r.id),
                kinds.stream().map(Consequences.Kind::valueOf).toList(), excellentBlocked(supervision),
                supervision, lateGrading.by(), lateGrading.at(), lateGrading.note(), r.status, r.version);
    }

    /**
     * What the cadre's measures do to the review's year: judged today while the review is open; as finalisation
     * found it once final (and whether a pending case has since been concluded, so the grade can be fixed).
     */
    Supervision supervision(Review r) {
        return supervision(r, evidence.measures(r.cadreId));
    }

    private Supervision supervision(Review r, List<MeasureOnRecord> measures) {
        AnnualEffect now = AnnualOutcome.of(measures, Year.of(r.year), LocalDate.now(clock)).effect();
        AnnualEffect effect = r.status == Review.Status.FINALIZED && r.measureEffect != null ? r.measureEffect : now;
        boolean afterwards = r.outcome == ReviewOutcome.PENDING && now != AnnualEffect.PENDING;
        return new Supervision(effect, effect.chineseName(),
                SupervisionEffect.refusal(effect, r.year).map(why -> why.text(language.get())).orElse(null), afterwards);
    }

    /** The effect that keeps the year from 优秀, in HR's words; null when 优秀 is open. */
    private static String excellentBlocked(Supervision s) {
        return s.effect() == AnnualEffect.NONE ? null : s.note();
    }

    public Democratic democratic(UUID reviewId) {
        List<Ballot> ballots = Ballot.list("reviewId", reviewId);
        Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0);
        }
        ballots.forEach(b -> grades.merge(b.grade, 1, Integer::sum));
        Double approval = ballots.isEmpty() ? null
                : (grades.get(Grade.EXCELLENT) + grades.get(Grade.COMPETENT)) / (double) ballots.size();
        Map<Capability, Double> averages = new EnumMap<>(Capability.class);
        for (Capability c : Capability.values()) {
            ballots.stream().filter(b -> b.capabilityScores.containsKey(c)).mapToInt(b -> b.capabilityScores.get(c))
                    .average().ifPresent(avg -> averages.put(c, Math.round(avg * 10) / 10.0));
        }
        return new Democratic(ballots.size(), grades, approval, averages);
    }

    /** A review the caller may read: its cycle is in scope, or it is the caller's own. */
    public Review readable(UUID cycleId, UUID reviewId) {
        Review r = Review.findById(reviewId);
        if (r == null || !r.cycleId.equals(cycleId)) {
            throw ProblemException.notFound("Review", reviewId);
        }
        boolean own = caller.is(r.cadreId);
        Cycle cycle = Cycle.findById(cycleId);
        if (!own && !scope.mayRead(cycle.unitId)) {
            throw ProblemException.notFound("Review", reviewId);
        }
        return r;
    }

    /** The caller's own reviews, newest first. */
    public List<ReviewDetail> mine() {
        UUID self = caller.cadreId().orElseThrow(() -> ProblemException.forbidden("the token names no cadre"));
        return Review.<Review>list("cadreId = ?1 order by year desc", self).stream().map(this::detail).toList();
    }

    /** The review's history with that of its ballots ({@code ballot:<id>}; a ballot names who entered it, no voter). */
    public List<AuditEntry> audit(UUID cycleId, UUID reviewId) {
        Review r = readable(cycleId, reviewId);
        List<AuditTrail.Subject> subjects = new ArrayList<>();
        subjects.add(new AuditTrail.Subject("review", Review.class, r.id));
        Ballot.<Ballot>list("reviewId", r.id)
                .forEach(b -> subjects.add(new AuditTrail.Subject("ballot:" + b.id, Ballot.class, b.id)));
        return audit.history(subjects);
    }
}
