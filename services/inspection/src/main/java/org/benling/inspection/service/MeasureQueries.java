package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.Influence;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.rest.api.CatalogRow;
import org.benling.inspection.rest.api.Distribution;
import org.benling.inspection.rest.api.FormCounts;
import org.benling.inspection.rest.api.MeasureView;
import org.benling.inspection.rest.api.YearEffect;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;

/**
 * Measures as their (restricted) readers see them: with the cadre, the unit, the catalogue row and the effect on
 * each year's assessment; the catalogue itself; and the four-form distribution (四种形态) of a unit's subtree in a term.
 */
@ApplicationScoped
public class MeasureQueries {

    /** The list's filters; null ones are left out. */
    public record MeasureFilter(UUID unitId, Integer form, Measure.Status status, UUID cadreId) {
    }

    @Inject EntityManager em;
    @Inject CadreDirectory cadres;
    @Inject Units units;
    @Inject MeasureAccess access;
    @Inject InspectionPolicy policy;

    /** The catalogue the service applies (the regulations' values unless configured), in the order of the table. */
    public List<CatalogRow> catalogue() {
        return policy.catalogue().rules().values().stream().map(rule -> new CatalogRow(rule.type(),
                rule.type().chineseName(), rule.type().family(), rule.type().family().chineseName(), rule.type().forms(),
                rule.influence().toString(), rule.effects(), rule.effects().stream().map(AnnualEffect::chineseName).toList(),
                rule.influence().kind() == Influence.Kind.UNTIL_CONCLUDED)).toList();
    }

    /** The view of a measure the caller may read (just changed or read). */
    public MeasureView view(Measure m) {
        Optional<CadreRef> c = cadres.find(m.cadreId);
        return view(m, c.map(CadreRef::employeeNumber).orElse(null), c.map(CadreRef::name).orElse(null), units.name(m.unitId));
    }

    private static MeasureView view(Measure m, String employeeNumber, String cadreName, String unitName) {
        List<AnnualEffect> effects = m.annualEffects();
        List<YearEffect> years = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            years.add(new YearEffect(m.appliedOn.getYear() + i, effects.get(i), effects.get(i).chineseName()));
        }
        return new MeasureView(m.id, m.cadreId, employeeNumber, cadreName, m.unitId, unitName, m.type, m.type.chineseName(),
                m.type.family(), m.type.family().chineseName(), m.form, m.appliedOn, m.influence, m.influenceUntil,
                m.hasInfluence(), m.openEnded(), years, m.reason, m.findingId, m.status, m.liftedOn, m.liftReason,
                m.outcome, m.outcome == null ? null : m.outcome.chineseName(), m.caseId, m.decidedBy, m.decidedAt,
                m.version);
    }

    /** The measures the caller may read that pass the filter, one page. */
    public PageResult<MeasureView> list(MeasureFilter f, PageQuery page) {
        return new NativeFilter(" FROM measure m JOIN unit_view u ON u.id = m.unit_id LEFT JOIN cadre_view c ON c.id = m.cadre_id")
                .scope(access.readScope(), "u.path", "m.cadre_id")
                .inSubtreeOf("u.path", f.unitId())
                .and("m.form = :form", "form", f.form())
                .and("m.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("m.cadre_id = :cadre", "cadre", f.cadreId())
                .pageOf(em, Measure.class, "m.id", "c.employee_number, c.name, u.name", page,
                        (m, row) -> view(m, (String) row[1], (String) row[2], (String) row[3]));
    }

    /** The four-form distribution of a unit's subtree in the term of {@code day}, and of each unit below it. */
    @SuppressWarnings("unchecked")
    public Distribution distribution(UUID unitId, LocalDate day) {
        Units.Unit root = (unitId == null ? units.root() : units.find(unitId))
                .filter(u -> access.mayOverview(u.id()))
                .orElseThrow(() -> ProblemException.unitOutOfScope(unitId));
        InspectionPolicy.Term term = policy.termOf(day);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT u.path, m.form, count(*) FROM measure m JOIN unit_view u ON u.id = m.unit_id
                WHERE u.path LIKE :path AND m.status <> 'REVOKED' AND m.applied_on BETWEEN :first AND :last
                GROUP BY u.path, m.form""").setParameter("path", root.path() + "%").setParameter("first", term.first())
                .setParameter("last", term.last()).getResultList();
        Map<String, long[]> byChild = new TreeMap<>();
        long[] total = new long[4];
        List<Units.Unit> children = units.children(root.id());
        for (Object[] r : rows) {
            String path = (String) r[0];
            int form = ((Number) r[1]).intValue();
            long n = ((Number) r[2]).longValue();
            total[form - 1] += n;
            children.stream().filter(c -> path.startsWith(c.path())).findFirst()
                    .ifPresent(c -> byChild.computeIfAbsent(c.id().toString(), k -> new long[4])[form - 1] += n);
        }
        List<FormCounts> perUnit = children.stream().map(c -> {
            long[] n = byChild.getOrDefault(c.id().toString(), new long[4]);
            return new FormCounts(c.id(), c.name(), n[0], n[1], n[2], n[3]);
        }).filter(fc -> total(fc) > 0).toList();
        return new Distribution(root.id(), root.name(), term.first(), term.last(),
                new FormCounts(root.id(), root.name(), total[0], total[1], total[2], total[3]), perUnit);
    }

    /** All measures a unit's counts hold, whatever their form. */
    private static long total(FormCounts counts) {
        return counts.form1() + counts.form2() + counts.form3() + counts.form4();
    }
}
