package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.Influence;
import org.benling.contracts.supervision.MeasureFamily;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Measures of the catalogue (党纪处分, 政务处分, 组织处理, 诫勉, form-1 measures, a case filed): applied with the
 * catalogue row of their type stamped on them, expired when their influence ends (daily), revoked, or, for a case or
 * suspension, concluded with an outcome; each with its event. Restricted: inspectors in scope, leaders and admins,
 * and the cadre for their own; HR never sees them (other services show HR only the effect).
 */
@ApplicationScoped
public class MeasureService {

    /** @param form one of the forms the type may take (责令辞职, 免职: 2 or 3); omitted: the type's usual form */
    @Schema(name = "MeasureRequest")
    public record MeasureRequest(@NotNull UUID cadreId, @NotNull MeasureType type, @Min(1) @Max(4) Integer form,
            @NotNull @PastOrPresent LocalDate appliedOn, @NotBlank @Size(max = 2000) String reason, UUID findingId) {
    }

    /** @param outcome the penalty or handling the conclusion imposes; omitted: none (不予处分 / 了结) */
    @Schema(name = "MeasureConclusion")
    public record Conclusion(@NotNull @PastOrPresent LocalDate concludedOn, MeasureType outcome, @Min(1) @Max(4) Integer form,
            @NotBlank @Size(max = 2000) String reason) {
    }

    /** One year's effect of a measure on the annual assessment (年度考核), from the year it was imposed in. */
    @Schema(name = "MeasureYearEffect")
    public record YearEffect(int year, AnnualEffect effect, String effectName) {
    }

    @Schema(name = "Measure")
    public record MeasureView(UUID id, UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName,
            MeasureType type, String typeName, MeasureFamily family, String familyName, int form, LocalDate appliedOn,
            @Schema(description = "影响期：月数、none、until-concluded 或 permanent / months, none, until-concluded or permanent")
            String influence,
            @Schema(description = "影响期最后一天；未结论或长期为空 / last day of influence; null while open-ended")
            LocalDate influenceUntil, boolean hasInfluence, boolean openEnded, List<YearEffect> annualEffects,
            String reason, UUID findingId, Measure.Status status, LocalDate liftedOn, String liftReason,
            MeasureType outcome, String outcomeName, UUID caseId, String decidedBy, Instant decidedAt, long version) {
    }

    /** A row of the catalogue, for the form that applies measures (grouped by family, with what each does). */
    @Schema(name = "MeasureCatalogRow")
    public record CatalogRow(MeasureType type, String name, MeasureFamily family, String familyName, List<Integer> forms,
            String influence, List<AnnualEffect> effects, List<String> effectNames, boolean openEnded) {
    }

    @Schema(name = "FormCounts")
    public record FormCounts(UUID unitId, String name, long form1, long form2, long form3, long form4) {
        long total() {
            return form1 + form2 + form3 + form4;
        }
    }

    @Schema(name = "FourFormDistribution")
    public record Distribution(UUID unitId, String unitName, LocalDate termFirst, LocalDate termLast, FormCounts total,
            List<FormCounts> units) {
    }

    public record MeasureFilter(UUID unitId, Integer form, Measure.Status status, UUID cadreId) {
    }

    @Inject
    EntityManager em;

    @Inject
    CadreDirectory cadres;

    @Inject
    Units units;

    @Inject
    Inspectors inspectors;

    @Inject
    UnitScope scope;

    @Inject
    Caller caller;

    @Inject
    InspectionEventPublisher events;

    @Inject
    InspectionPolicy policy;

    @Inject
    Clock clock;

    @Transactional
    public Measure apply(MeasureRequest r) {
        List<Problem.Violation> v = new ArrayList<>();
        Optional<CadreRef> cadre = cadres.find(r.cadreId());
        if (cadre.isEmpty() || !inspectors.mayInspect(cadre.get().unitId())) {
            v.add(new Problem.Violation("cadreId", "no such cadre in your scope: " + r.cadreId()));
        }
        if (r.findingId() != null) {
            Finding f = Finding.findById(r.findingId());
            if (f == null || !java.util.Arrays.asList(f.cadreIds).contains(r.cadreId())) {
                v.add(new Problem.Violation("findingId", "not a finding naming this cadre"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the measure is incomplete or invalid / 处置信息不完整或有误", v);
        }
        inspectors.requireInspector(cadre.get().unitId(), "applies supervision measures");
        Measure m = Measure.impose(cadre.get().id(), cadre.get().unitId(), policy.catalogue().rule(r.type()),
                r.form() == null ? r.type().defaultForm() : r.form(), r.appliedOn(), r.reason(), caller.name(),
                clock.instant());
        m.findingId = r.findingId();
        m.persist();
        events.applied(m);
        return m;
    }

    @Transactional
    public Measure revoke(UUID id, String reason) {
        Measure m = readable(id);
        inspectors.requireInspector(m.unitId, "revokes measures");
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "a revocation needs a reason / 请填写撤销理由");
        }
        LocalDate today = LocalDate.now(clock);
        m.revoke(today, reason);
        events.lifted(m, today, MeasureLifted.REVOKED, null);
        return m;
    }

    /**
     * Concludes a case or suspension (结论): the matter ends on {@code concludedOn}; the years it was pending take
     * the effect of the outcome (none: the grade is fixed freely afterwards, 补定等次; 党内警告: anything but 优秀);
     * a penalty imposed is a measure of its own from that day, linked to the case.
     *
     * @return the concluded case and, if the outcome is a penalty, the measure it imposed
     */
    @Transactional
    public List<Measure> conclude(UUID id, Conclusion c) {
        Measure m = readable(id);
        inspectors.requireInspector(m.unitId, "concludes cases");
        m.conclude(c.concludedOn(), c.outcome(), c.reason());
        AnnualEffect effect = c.outcome() == null ? AnnualEffect.NONE : policy.catalogue().rule(c.outcome()).effectIn(0);
        events.lifted(m, c.concludedOn(), MeasureLifted.CONCLUDED, effect);
        if (c.outcome() == null) {
            return List.of(m);
        }
        Measure penalty = Measure.impose(m.cadreId, m.unitId, policy.catalogue().rule(c.outcome()),
                c.form() == null ? c.outcome().defaultForm() : c.form(), c.concludedOn(), c.reason(), caller.name(),
                clock.instant());
        penalty.findingId = m.findingId;
        penalty.caseId = m.id;
        penalty.persist();
        events.applied(penalty);
        return List.of(m, penalty);
    }

    /** Ends the measures whose influence period is over, with MeasureLifted; returns how many. */
    @Transactional
    public int expire(LocalDate today) {
        List<Measure> over = Measure.list("status = ?1 and influenceUntil < ?2", Measure.Status.IN_FORCE, today);
        for (Measure m : over) {
            if (m.expire(today)) {
                events.lifted(m, m.liftedOn, MeasureLifted.EXPIRED, null);
            }
        }
        return over.size();
    }

    /** The catalogue the service applies (the regulations' values unless configured), in the order of the table. */
    public List<CatalogRow> catalogue() {
        return policy.catalogue().rules().values().stream().map(rule -> new CatalogRow(rule.type(),
                rule.type().chineseName(), rule.type().family(), rule.type().family().chineseName(), rule.type().forms(),
                rule.influence().toString(), rule.effects(), rule.effects().stream().map(AnnualEffect::chineseName).toList(),
                rule.influence().kind() == Influence.Kind.UNTIL_CONCLUDED)).toList();
    }

    /** Inspectors in scope of the cadre's unit, leaders and admins, and the cadre; 404 for anyone else. */
    public Measure readable(UUID id) {
        Measure m = Measure.findById(id);
        if (m == null || !mayRead(m)) {
            throw ProblemException.notFound("Measure", id);
        }
        return m;
    }

    private boolean mayRead(Measure m) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER)) {
            return true;
        }
        if (caller.hasRole(Roles.INSPECTOR) && scope.mayRead(m.unitId)) {
            return true;
        }
        return caller.is(m.cadreId);
    }

    public MeasureView view(Measure m) {
        Optional<CadreRef> c = cadres.find(m.cadreId);
        List<AnnualEffect> effects = m.annualEffects();
        List<YearEffect> years = new ArrayList<>();
        for (int i = 0; i < effects.size(); i++) {
            years.add(new YearEffect(m.appliedOn.getYear() + i, effects.get(i), effects.get(i).chineseName()));
        }
        return new MeasureView(m.id, m.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                c.map(CadreRef::name).orElse(null), m.unitId, units.name(m.unitId), m.type, m.type.chineseName(),
                m.type.family(), m.type.family().chineseName(), m.form, m.appliedOn, m.influence, m.influenceUntil,
                m.hasInfluence(), m.openEnded(), years, m.reason, m.findingId, m.status, m.liftedOn, m.liftReason,
                m.outcome, m.outcome == null ? null : m.outcome.chineseName(), m.caseId, m.decidedBy, m.decidedAt,
                m.version);
    }

    public PageResult<MeasureView> list(MeasureFilter f, PageQuery page) {
        return new NativeFilter(" FROM measure m JOIN unit_view u ON u.id = m.unit_id LEFT JOIN cadre_view c ON c.id = m.cadre_id")
                .scope(measureScope(), "u.path", "m.cadre_id")
                .inSubtreeOf("u.path", f.unitId())
                .and("m.form = :form", "form", f.form())
                .and("m.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("m.cadre_id = :cadre", "cadre", f.cadreId())
                .page(em, "m.id", page, id -> view(Measure.<Measure>findById(id)));
    }

    /** Measures are read everywhere by leaders and admins, in their subtree by inspectors, and by the cadre. */
    private ReadScope measureScope() {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER)) {
            return new ReadScope.Everything();
        }
        if (caller.hasRole(Roles.INSPECTOR) && scope.readScope() instanceof ReadScope.Subtree s) {
            return s;
        }
        return caller.cadreId().<ReadScope>map(ReadScope.Self::new).orElse(new ReadScope.Nothing());
    }

    /** The four-form distribution of a unit's subtree in the term of {@code day}, and of each unit below it. */
    @SuppressWarnings("unchecked")
    public Distribution distribution(UUID unitId, LocalDate day) {
        Units.Unit root = (unitId == null ? units.root() : units.find(unitId))
                .filter(u -> caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER) || inspectors.mayInspect(u.id()))
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
        }).filter(fc -> fc.total() > 0).toList();
        return new Distribution(root.id(), root.name(), term.first(), term.last(),
                new FormCounts(root.id(), root.name(), total[0], total[1], total[2], total[3]), perUnit);
    }

}
