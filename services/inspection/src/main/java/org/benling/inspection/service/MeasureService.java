package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
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
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.MeasureType;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.PageQuery;
import org.benling.platform.web.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Supervision measures of the four forms (监督执纪"四种形态"): applied with the influence period of their type,
 * lifted when it ends (daily) or revoked, each with its event. Restricted: inspectors in scope, leaders and
 * admins, and the cadre for their own; HR never sees them (other services show HR only the effect).
 */
@ApplicationScoped
public class MeasureService {

    @Schema(name = "MeasureRequest")
    public record MeasureRequest(UUID cadreId, MeasureType type, LocalDate appliedOn, String reason, UUID findingId) {
    }

    @Schema(name = "Measure")
    public record MeasureView(UUID id, UUID cadreId, String employeeNumber, String name, UUID unitId, String unitName,
            MeasureType type, String typeName, int form, LocalDate appliedOn, LocalDate influenceUntil,
            boolean hasInfluence, String reason, UUID findingId, Measure.Status status, LocalDate liftedOn,
            String liftReason, String decidedBy, Instant decidedAt, long version) {
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
        LocalDate today = LocalDate.now(clock);
        if (r.type() == null) {
            v.add(new Problem.Violation("type", "required / 必填"));
        }
        if (r.appliedOn() == null || r.appliedOn().isAfter(today)) {
            v.add(new Problem.Violation("appliedOn", "required, not in the future"));
        }
        if (r.reason() == null || r.reason().isBlank() || r.reason().length() > 2000) {
            v.add(new Problem.Violation("reason", "required, at most 2000 characters / 请填写事由"));
        }
        Optional<CadreRef> cadre = r.cadreId() == null ? Optional.empty() : cadres.find(r.cadreId());
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
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.cadreId = cadre.get().id();
        m.unitId = cadre.get().unitId();
        m.type = r.type();
        m.form = r.type().form();
        m.appliedOn = r.appliedOn();
        m.influenceUntil = policy.influenceUntil(r.type(), r.appliedOn());
        m.reason = r.reason().strip();
        m.findingId = r.findingId();
        m.decidedBy = caller.name();
        m.decidedAt = clock.instant();
        m.persist();
        events.applied(m);
        return m;
    }

    @Transactional
    public Measure revoke(UUID id, String reason) {
        Measure m = readable(id);
        inspectors.requireInspector(m.unitId, "revokes measures");
        if (m.status == Measure.Status.REVOKED) {
            throw ProblemException.conflict("measure-revoked", "the measure is already revoked");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "a revocation needs a reason / 请填写撤销理由");
        }
        LocalDate today = LocalDate.now(clock);
        m.status = Measure.Status.REVOKED;
        m.liftedOn = today;
        m.liftReason = reason.strip();
        events.lifted(m, today, true);
        return m;
    }

    /** Ends the measures whose influence period is over, with MeasureLifted; returns how many. */
    @Transactional
    public int expire(LocalDate today) {
        List<Measure> over = Measure.list("status = ?1 and influenceUntil < ?2", Measure.Status.IN_FORCE, today);
        for (Measure m : over) {
            m.status = Measure.Status.EXPIRED;
            m.liftedOn = m.influenceUntil.plusDays(1);
            m.liftReason = "影响期满 / influence period ended";
            events.lifted(m, m.liftedOn, false);
        }
        return over.size();
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
        return caller.cadreId().map(m.cadreId::equals).orElse(false);
    }

    public MeasureView view(Measure m) {
        Optional<CadreRef> c = cadres.find(m.cadreId);
        return new MeasureView(m.id, m.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                c.map(CadreRef::name).orElse(null), m.unitId, units.name(m.unitId), m.type, m.type.chineseName(), m.form,
                m.appliedOn, m.influenceUntil, !m.influenceUntil.isBefore(m.appliedOn), m.reason, m.findingId, m.status,
                m.liftedOn, m.liftReason, m.decidedBy, m.decidedAt, m.version);
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
