package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.inspection.rest.api.MeasureConclusion;
import org.benling.inspection.rest.api.MeasureRequest;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;

/**
 * Measures of the catalogue (党纪处分, 政务处分, 组织处理, 诫勉, form-1 measures, a case filed): applied with the
 * catalogue row of their type stamped on them, expired when their influence ends (daily), revoked, or, for a case or
 * suspension, concluded with an outcome; each with its event. Only inspectors in scope act on them.
 */
@ApplicationScoped
public class MeasureCommands {

    @Inject CadreDirectory cadres;
    @Inject Inspectors inspectors;
    @Inject MeasureAccess access;
    @Inject Caller caller;
    @Inject InspectionEventPublisher events;
    @Inject InspectionPolicy policy;
    @Inject Clock clock;

    /** An inspector in scope applies a measure to a cadre, optionally for a finding naming them. */
    @Transactional
    public Measure apply(MeasureRequest r) {
        List<Problem.Violation> v = new ArrayList<>();
        Optional<CadreRef> cadre = cadres.find(r.cadreId());
        if (cadre.isEmpty() || !inspectors.mayInspect(cadre.get().unitId())) {
            v.add(new Problem.Violation("cadreId", "no such cadre in your scope: " + r.cadreId()));
        }
        if (r.findingId() != null) {
            Finding f = Finding.findById(r.findingId());
            if (f == null || !Arrays.asList(f.cadreIds).contains(r.cadreId())) {
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

    /** An inspector in scope revokes a measure (撤销: it never counted), for a reason. */
    @Transactional
    public Measure revoke(UUID id, String reason) {
        Measure m = access.readable(id);
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
    public List<Measure> conclude(UUID id, MeasureConclusion c) {
        Measure m = access.readable(id);
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
}
