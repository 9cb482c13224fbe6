package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.assessment.domain.rules.DailyEvidencePolicy;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.assessment.domain.rules.SupervisionEffect;
import org.benling.assessment.rest.api.CapabilityView;
import org.benling.assessment.rest.api.EligibilityView;
import org.benling.assessment.rest.api.GapView;
import org.benling.assessment.rest.api.GradeEntry;
import org.benling.assessment.rest.api.Profile;
import org.benling.assessment.rest.api.YearScores;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.CandidateEligibility;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.CallerLanguage;

/** What assessment tells about a cadre: the capability profile, the gaps, promotion eligibility. */
@ApplicationScoped
public class CadreInsights {

    public record GapFilter(UUID unitId, Gap.Status status, Capability capability, UUID cadreId) {
    }

    @Inject CandidateEligibility.Policy eligibilityPolicy;
    @Inject EntityManager em;
    @Inject CadreDirectory cadres;
    @Inject ProfileService profiles;
    @Inject EvidenceStore evidence;
    @Inject GradeRecords gradeRecords;
    @Inject RankPeers rankPeers;
    @Inject UnitScope scope;
    @Inject AssessmentPolicy policy;
    @Inject DailyEvidencePolicy daily;
    @Inject Clock clock;
    @Inject CallerLanguage language;

    public Profile profile(UUID cadreId) {
        CadreRef cadre = cadres.readable(cadreId);
        Map<Capability, CapabilityScoring.Score> scores = profiles.current(cadreId);
        boolean computed = !scores.isEmpty();
        if (!computed) {
            scores = CapabilityScoring.score(evidence.of(cadreId), LocalDate.now(clock), policy, daily);
        }
        Map<Capability, RankPeers.PeerMedian> medians = rankPeers.mediansFor(cadre);
        Map<Capability, UUID> openGaps = new HashMap<>();
        Gap.<Gap>list("cadreId = ?1 and status = ?2", cadreId, Gap.Status.OPEN).forEach(g -> openGaps.put(g.capability, g.id));
        List<CapabilityView> views = new ArrayList<>();
        String lang = language.get();
        for (CapabilityScoring.Score s : scores.values()) {
            RankPeers.PeerMedian m = medians.getOrDefault(s.capability(), new RankPeers.PeerMedian(null, 0));
            // a median of fewer than minimum-peers cadres would let a reader work out someone's score: not shown
            Double median = m.peers() >= policy.minimumPeers() ? m.median() : null;
            views.add(new CapabilityView(s.capability(), s.score(), median, m.peers(),
                    s.components().stream().map(c -> c.in(lang)).toList(), openGaps.get(s.capability())));
        }
        List<YearScores> history = profiles.history(cadreId).entrySet().stream()
                .map(e -> new YearScores(e.getKey(), e.getValue())).toList();
        return new Profile(cadre.id(), cadre.employeeNumber(), cadre.name(), cadre.unitId(), cadre.rankLevel(), computed,
                views, history, grades(cadreId), policy.gapThreshold());
    }

    /**
     * The cadre's annual results, newest first: each finalised grade, and each year a supervision measure left
     * without one (不定等次, or pending a case's conclusion) with the reason in HR's words; each with its consequences.
     */
    @SuppressWarnings("unchecked")
    private List<GradeEntry> grades(UUID cadreId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT y.year, y.grade, y.outcome, y.effect, array_remove(array_agg(c.kind ORDER BY c.kind), NULL)
                FROM (SELECT g.year, g.grade, 'GRADED' AS outcome, NULL AS effect FROM grade_record g
                      WHERE g.cadre_id = :cadre
                      UNION ALL
                      SELECT r.year, NULL, r.outcome, r.measure_effect FROM review r
                      WHERE r.cadre_id = :cadre AND r.status = 'FINALIZED' AND r.outcome IN ('UNGRADED', 'PENDING')) y
                LEFT JOIN consequence c ON c.cadre_id = :cadre AND c.year = y.year
                GROUP BY y.year, y.grade, y.outcome, y.effect ORDER BY y.year DESC""")
                .setParameter("cadre", cadreId).getResultList();
        return rows.stream().map(r -> {
            int year = ((Number) r[0]).intValue();
            AnnualEffect effect = r[3] == null ? null : AnnualEffect.valueOf((String) r[3]);
            return new GradeEntry(year, r[1] == null ? null : Grade.valueOf((String) r[1]),
                    ReviewOutcome.valueOf((String) r[2]), effect, effect == null ? null
                            : SupervisionEffect.refusal(effect, year).map(why -> why.text(language.get())).orElse(null),
                    java.util.Arrays.stream((String[]) r[4]).map(Consequences.Kind::valueOf).toList());
        }).toList();
    }

    public EligibilityView eligibility(UUID cadreId) {
        cadres.readable(cadreId);
        List<EligibilityReason> reasons = CandidateEligibility.refusals(LocalDate.now(clock),
                gradeRecords.grades(cadreId), evidence.measures(cadreId), evidence.checkOpen(cadreId), eligibilityPolicy);
        String lang = language.get();
        return new EligibilityView(reasons.isEmpty(), reasons.stream().map(reason -> reason.in(lang)).toList());
    }

    public PageResult<GapView> gaps(GapFilter filter, PageQuery page) {
        return gapsOf(filter, null, page);
    }

    /** One gap of a cadre in scope, as the list shows it; 404 for any other. */
    public GapView gap(UUID id) {
        return gapsOf(new GapFilter(null, null, null, null), id, new PageQuery(0, 1, "g.opened_at", true)).items()
                .stream().findFirst().orElseThrow(() -> org.benling.platform.problem.ProblemException.notFound("Gap", id));
    }

    private PageResult<GapView> gapsOf(GapFilter filter, UUID id, PageQuery page) {
        return new NativeFilter(" FROM gap g JOIN cadre_view c ON c.id = g.cadre_id JOIN unit_view u ON u.id = c.unit_id")
                .scope(scope.readScope(), "u.path", "g.cadre_id")
                .inSubtreeOf("u.path", filter.unitId())
                .and("g.id = :id", "id", id)
                .and("g.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .and("g.capability = :capability", "capability", filter.capability() == null ? null : filter.capability().name())
                .and("g.cadre_id = :cadre", "cadre", filter.cadreId())
                .pageOf(em, Gap.class, "g.id", "c.employee_number, c.name, c.unit_id, u.name", page,
                        (g, row) -> new GapView(g.id, g.cadreId, (String) row[1], (String) row[2], (UUID) row[3],
                                (String) row[4], g.capability, g.reason, g.score, g.threshold, g.explanation, g.cycleYear,
                                g.status, g.openedAt, g.closedAt, g.closedScore));
    }
}
