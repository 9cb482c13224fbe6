package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.domain.rules.AssessmentPolicy;
import org.benling.assessment.domain.rules.CapabilityScoring;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.Eligibility;
import org.benling.assessment.domain.rules.GapRule;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.PageQuery;
import org.benling.platform.web.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What assessment tells about a cadre: the capability profile, the gaps, promotion eligibility. */
@ApplicationScoped
public class CadreInsights {

    @Schema(name = "ProfileCapability")
    public record CapabilityView(Capability capability, int score, Double peerMedian, int peers,
            List<CapabilityScoring.Component> components, UUID openGapId) {
    }

    @Schema(name = "GradeEntry")
    public record GradeEntry(int year, Grade grade, List<Consequences.Kind> consequences) {
    }

    @Schema(name = "ProfileYear")
    public record YearScores(int year, Map<Capability, Integer> scores) {
    }

    @Schema(name = "CapabilityProfile")
    public record Profile(UUID cadreId, String employeeNumber, String name, UUID unitId, RankLevel rankLevel,
            boolean computed, List<CapabilityView> capabilities, List<YearScores> history, List<GradeEntry> grades,
            int gapThreshold) {
    }

    @Schema(name = "CapabilityGap")
    public record GapView(UUID id, UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName,
            Capability capability, GapRule.Reason reason, int score, int threshold, String explanation, int cycleYear,
            Gap.Status status, Instant openedAt, Instant closedAt, Integer closedScore) {
    }

    public record GapFilter(UUID unitId, Gap.Status status, Capability capability, UUID cadreId) {
    }

    @Inject
    EntityManager em;

    @Inject
    CadreDirectory cadres;

    @Inject
    ProfileService profiles;

    @Inject
    EvidenceStore evidence;

    @Inject
    UnitScope scope;

    @Inject
    AssessmentPolicy policy;

    @Inject
    Clock clock;

    public Profile profile(UUID cadreId) {
        CadreRef cadre = cadres.readable(cadreId);
        Map<Capability, CapabilityScoring.Score> scores = profiles.current(cadreId);
        boolean computed = !scores.isEmpty();
        if (!computed) {
            scores = CapabilityScoring.score(evidence.of(cadreId), LocalDate.now(clock), policy);
        }
        Map<Capability, ProfileService.PeerMedian> medians = profiles.peerMedians(cadre);
        Map<Capability, UUID> openGaps = new HashMap<>();
        Gap.<Gap>list("cadreId = ?1 and status = ?2", cadreId, Gap.Status.OPEN).forEach(g -> openGaps.put(g.capability, g.id));
        List<CapabilityView> views = new ArrayList<>();
        for (CapabilityScoring.Score s : scores.values()) {
            ProfileService.PeerMedian m = medians.getOrDefault(s.capability(), new ProfileService.PeerMedian(null, 0));
            views.add(new CapabilityView(s.capability(), s.score(), m.median(), m.peers(), s.components(),
                    openGaps.get(s.capability())));
        }
        List<YearScores> history = profiles.history(cadreId).entrySet().stream()
                .map(e -> new YearScores(e.getKey(), e.getValue())).toList();
        return new Profile(cadre.id(), cadre.employeeNumber(), cadre.name(), cadre.unitId(), cadre.rankLevel(), computed,
                views, history, grades(cadreId), policy.gapThreshold());
    }

    @SuppressWarnings("unchecked")
    private List<GradeEntry> grades(UUID cadreId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT g.year, g.grade, array_remove(array_agg(c.kind ORDER BY c.kind), NULL)
                FROM grade_record g LEFT JOIN consequence c ON c.cadre_id = g.cadre_id AND c.year = g.year
                WHERE g.cadre_id = :cadre GROUP BY g.year, g.grade ORDER BY g.year DESC""")
                .setParameter("cadre", cadreId).getResultList();
        return rows.stream().map(r -> new GradeEntry(((Number) r[0]).intValue(), Grade.valueOf((String) r[1]),
                java.util.Arrays.stream((String[]) r[2]).map(Consequences.Kind::valueOf).toList())).toList();
    }

    public Eligibility.Result eligibility(UUID cadreId) {
        cadres.readable(cadreId);
        LocalDate today = LocalDate.now(clock);
        Optional<Grade> lastYear = Optional.ofNullable(evidence.grades(cadreId).get(today.getYear() - 1));
        return Eligibility.evaluate(today, lastYear, evidence.measures(cadreId));
    }

    @SuppressWarnings("unchecked")
    public PageResult<GapView> gaps(GapFilter filter, PageQuery page) {
        StringBuilder where = new StringBuilder(
                " FROM gap g JOIN cadre_view c ON c.id = g.cadre_id JOIN unit_view u ON u.id = c.unit_id WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        ReadScope read = scope.readScope();
        if (read instanceof ReadScope.Subtree s) {
            where.append(" AND u.path LIKE :scope");
            params.put("scope", s.pathPrefix() + "%");
        } else if (read instanceof ReadScope.Self self) {
            where.append(" AND g.cadre_id = :self");
            params.put("self", self.cadreId());
        } else if (!(read instanceof ReadScope.Everything)) {
            return PageResult.empty(page);
        }
        if (filter.unitId() != null) {
            where.append(" AND u.path LIKE (SELECT path FROM unit_view WHERE id = :unit) || '%'");
            params.put("unit", filter.unitId());
        }
        if (filter.status() != null) {
            where.append(" AND g.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.capability() != null) {
            where.append(" AND g.capability = :capability");
            params.put("capability", filter.capability().name());
        }
        if (filter.cadreId() != null) {
            where.append(" AND g.cadre_id = :cadre");
            params.put("cadre", filter.cadreId());
        }
        var count = em.createNativeQuery("SELECT count(*)" + where);
        var select = em.createNativeQuery("""
                SELECT g.id, g.cadre_id, c.employee_number, c.name, c.unit_id, u.name AS unit_name, g.capability, g.reason,
                  g.score, g.threshold, g.explanation, g.cycle_year, g.status, g.opened_at, g.closed_at, g.closed_score"""
                + where + " ORDER BY " + page.sortField() + (page.descending() ? " DESC" : " ASC")
                + ", g.id LIMIT :limit OFFSET :offset");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Object[]> rows = select.setParameter("limit", page.size()).setParameter("offset", page.page() * page.size())
                .getResultList();
        return PageResult.of(rows.stream().map(CadreInsights::gapView).toList(), page, total);
    }

    private static GapView gapView(Object[] r) {
        return new GapView((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (UUID) r[4], (String) r[5],
                Capability.valueOf((String) r[6]), GapRule.Reason.valueOf((String) r[7]), ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), (String) r[10], ((Number) r[11]).intValue(), Gap.Status.valueOf((String) r[12]),
                instant(r[13]), instant(r[14]), r[15] == null ? null : ((Number) r[15]).intValue());
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
