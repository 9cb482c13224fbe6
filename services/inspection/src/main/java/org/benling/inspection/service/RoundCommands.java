package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.InspectionRound.Kind;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.RoundWorkflow.Command;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.inspection.rest.api.RoundRequest;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;

/**
 * Inspection rounds planned (a follow-up round, 回头看, re-checks closed findings of an earlier one) and moved
 * through their stages. Each command loads the round the caller may act on, lets the round decide
 * (InspectionRound, RoundWorkflow), and publishes what changed in the same transaction.
 */
@ApplicationScoped
public class RoundCommands {

    @Inject EntityManager em;
    @Inject Units units;
    @Inject CadreDirectory cadres;
    @Inject Inspectors inspectors;
    @Inject RoundAccess access;
    @Inject RoundLinks links;
    @Inject Caller caller;
    @Inject InspectionPolicy policy;
    @Inject InspectionEventPublisher events;
    @Inject Clock clock;

    /**
     * Plans a round: 巡视 of the bureau's provincial administrations, 巡察 of a province's municipal ones, 经济责任审计 of a
     * unit's leader by the bureau or a province above the unit.
     */
    @Transactional
    public InspectionRound create(RoundRequest r) {
        List<Problem.Violation> v = new ArrayList<>();
        if (r.onSiteEnd().isBefore(r.onSiteStart()) || r.feedbackDate().isBefore(r.onSiteEnd())) {
            v.add(new Problem.Violation("feedbackDate", "on site start ≤ end ≤ feedback / 进驻、撤离、反馈日期顺序有误"));
        }
        Optional<Units.Unit> owner = units.find(r.ownerUnitId());
        if (owner.isEmpty()) {
            v.add(new Problem.Violation("ownerUnitId", "no such unit: " + r.ownerUnitId()));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the round is invalid / 轮次信息有误", v);
        }
        inspectors.requireInspector(owner.get().id(), "plans rounds of this unit");
        Set<UUID> targets = new LinkedHashSet<>(r.targetUnitIds() == null ? List.of() : r.targetUnitIds());
        boolean audit = r.kind() == Kind.AUDIT;
        CadreRef auditee = null;
        if (audit) {
            if (r.followUpOf() != null) {
                v.add(new Problem.Violation("followUpOf", "an audit is no follow-up round / 经济责任审计不作为回头看"));
            }
            auditee = auditee(r, owner.get(), v);
            if (auditee != null) {
                if (!targets.isEmpty() && !targets.equals(Set.of(auditee.unitId()))) {
                    v.add(new Problem.Violation("targetUnitIds", "an audit's one target is the audited leader's unit"
                            + " / 经济责任审计的对象单位即被审计领导干部所在单位"));
                }
                targets = new LinkedHashSet<>(List.of(auditee.unitId()));
            }
        } else if (r.auditType() != null || r.auditeeCadreId() != null || r.auditFrom() != null || r.auditTo() != null) {
            v.add(new Problem.Violation("auditType", "only an audit (AUDIT) names an audit type, a leader and a period"
                    + " / 仅经济责任审计填写审计类型、被审计人和审计期间"));
        }
        List<UUID> rechecks = r.recheckFindingIds() == null ? List.of() : r.recheckFindingIds();
        if (r.followUpOf() != null) {
            InspectionRound earlier = access.readable(r.followUpOf());
            if (rechecks.isEmpty()) {
                throw ProblemException.invalidField("recheckFindingIds", "a follow-up round re-checks closed findings");
            }
            for (int i = 0; i < rechecks.size(); i++) {
                Finding f = Finding.findById(rechecks.get(i));
                if (f == null || !f.roundId.equals(earlier.id) || !FindingWorkflow.mayRecheck(f.status)) {
                    v.add(new Problem.Violation("recheckFindingIds[" + i + "]",
                            "not a closed finding of the round followed up / 不是该轮次已销号的问题"));
                } else {
                    targets.add(f.unitId);
                }
            }
        }
        if (targets.isEmpty() && !audit) {
            v.add(new Problem.Violation("targetUnitIds", "at least one unit to inspect / 至少一个被巡视单位"));
        }
        String ownerKind = owner.get().kind();
        if (r.kind() == Kind.INSPECTION && !"BUREAU".equals(ownerKind)) {
            v.add(new Problem.Violation("ownerUnitId", "巡视 is carried out by the bureau"));
        }
        if (r.kind() == Kind.CIRCUIT && !"PROVINCIAL".equals(ownerKind)) {
            v.add(new Problem.Violation("ownerUnitId", "巡察 is carried out by a provincial administration"));
        }
        int i = 0;
        for (UUID target : audit ? Set.<UUID>of() : targets) {
            Optional<Units.Unit> unit = units.find(target);
            String expected = r.kind() == Kind.INSPECTION ? "PROVINCIAL" : "MUNICIPAL";
            if (unit.isEmpty() || !expected.equals(unit.get().kind()) || !owner.get().id().equals(unit.get().parentId())) {
                v.add(new Problem.Violation("targetUnitIds[" + i + "]", (r.kind() == Kind.INSPECTION
                        ? "巡视 targets the bureau's provincial administrations" : "巡察 targets the province's municipal administrations")
                        + ": " + target));
            }
            i++;
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the round is invalid / 轮次信息有误", v);
        }
        InspectionRound round = new InspectionRound();
        round.id = UUID.randomUUID();
        round.kind = r.kind();
        round.ownerUnitId = owner.get().id();
        round.title = r.title().strip();
        round.teamLeader = r.teamLeader().strip();
        round.teamMembers = r.teamMembers() == null ? new String[0]
                : r.teamMembers().stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toArray(String[]::new);
        round.onSiteStart = r.onSiteStart();
        round.onSiteEnd = r.onSiteEnd();
        round.feedbackDate = r.feedbackDate();
        round.followUpOf = r.followUpOf();
        if (audit) {
            round.auditType = r.auditType();
            round.auditeeCadreId = auditee.id();
            round.auditFrom = r.auditFrom();
            round.auditTo = r.auditTo();
        }
        round.createdBy = caller.name();
        round.createdAt = clock.instant();
        round.persist();
        em.flush();
        links.link(round.id, targets, rechecks);
        return round;
    }

    /**
     * The leader an audit names, who must work in a unit below the auditing one (the bureau's or a province's audit
     * of a unit it oversees), with the audit's type and period; each missing or wrong part is added to {@code v}.
     */
    private CadreRef auditee(RoundRequest r, Units.Unit owner, List<Problem.Violation> v) {
        if (r.auditType() == null) {
            v.add(new Problem.Violation("auditType", "required for an audit: DEPARTURE (离任) or IN_TERM (任中)"));
        }
        if (r.auditFrom() == null || r.auditTo() == null) {
            v.add(new Problem.Violation(r.auditFrom() == null ? "auditFrom" : "auditTo",
                    "the period of office audited is required / 请填写审计期间"));
        } else if (r.auditTo().isBefore(r.auditFrom())) {
            v.add(new Problem.Violation("auditTo", "must not be before the start of the period / 审计期间止不能早于起"));
        }
        if (!"BUREAU".equals(owner.kind()) && !"PROVINCIAL".equals(owner.kind())) {
            v.add(new Problem.Violation("ownerUnitId", "an audit is carried out by the bureau or a provincial administration"));
        }
        if (r.auditeeCadreId() == null) {
            v.add(new Problem.Violation("auditeeCadreId", "required for an audit: the leader audited / 请选择被审计领导干部"));
            return null;
        }
        Optional<CadreRef> cadre = cadres.find(r.auditeeCadreId());
        Optional<Units.Unit> unit = cadre.flatMap(c -> units.find(c.unitId()));
        if (unit.isEmpty() || unit.get().id().equals(owner.id()) || !unit.get().path().startsWith(owner.path())) {
            v.add(new Problem.Violation("auditeeCadreId", "no such leader in a unit the auditing unit oversees"
                    + " / 被审计人须在审计单位所辖单位任职"));
            return null;
        }
        return cadre.get();
    }

    /** An inspector moves the round on: start (进驻), feedback (反馈, on a day), rectify (整改), close (结束). */
    @Transactional
    public InspectionRound command(UUID id, Command command, LocalDate feedbackOn, Long version) {
        InspectionRound round = access.readable(id);
        inspectors.requireInspector(round.ownerUnitId, "moves the round on");
        round.requireVersion(version);
        round.requireAllowed(command);
        switch (command) {
            case START -> round.start();
            case FEEDBACK -> feedback(round, feedbackOn);
            case RECTIFY -> round.rectify();
            case CLOSE -> round.close(Finding.count("roundId = ?1 and status <> ?2", round.id,
                    FindingWorkflow.Status.CLOSED));
        }
        return round;
    }

    /** Feedback given (today when no day is given): the deadlines derived from it follow, then the round moves on. */
    private void feedback(InspectionRound round, LocalDate feedbackOn) {
        LocalDate day = feedbackOn == null ? LocalDate.now(clock) : feedbackOn;
        round.recordFeedback(day, LocalDate.now(clock));
        // derived deadlines follow the actual feedback; consumers replace the finding by its id
        for (Finding f : Finding.<Finding>list("roundId", round.id)) {
            if (f.followFeedback(policy.rectificationDue(day))) {
                events.findingRecorded(f);
            }
        }
        round.feedbackGiven();
    }
}
