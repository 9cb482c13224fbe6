package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.text.Reason;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.rotation.domain.CheckIn;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.rules.PostingWorkflow.Command;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.events.RotationEventPublisher;
import org.benling.rotation.rest.api.CheckInRequest;
import org.benling.rotation.rest.api.PostingCompletion;
import org.benling.rotation.rest.api.PostingRequest;

/**
 * Practice postings through their workflow — proposed, approved by a leader, active, completed with the host's
 * evaluation, or cancelled before they start. Each command loads the posting the caller may act on, lets the posting
 * decide (Posting, PostingWorkflow), and publishes its event in the same transaction.
 */
@ApplicationScoped
public class PostingCommands {

    @Inject CadreDirectory cadres;
    @Inject CadreStanding standing;
    @Inject HostUnits hostUnits;
    @Inject PostingAccess access;
    @Inject Caller caller;
    @Inject RotationEventPublisher events;
    @Inject RotationPolicy policy;
    @Inject Clock clock;

    /**
     * Proposes a posting of an eligible cadre without one in progress, from an opening or a proposal when they are
     * given.
     */
    @Transactional
    public Posting propose(PostingRequest r, UUID openingId, UUID proposalId) {
        Optional<HostUnits.HostUnit> host = hostUnits.find(r.hostUnitId());
        List<Problem.Violation> violations = invalid(r, host.isPresent());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the posting is incomplete or invalid / 挂职信息不完整或有误", violations);
        }
        CadreRef cadre = cadres.writable(r.cadreId(), "cadreId");
        List<EligibilityReason> refusals = standing.refusals(cadre.id(), LocalDate.now(clock), r.type());
        if (!refusals.isEmpty()) {
            throw notEligible(cadre, refusals);
        }
        if (Posting.count("cadreId = ?1 and status in ?2", cadre.id(), Posting.OPEN) > 0) {
            throw ProblemException.conflict("posting-open", cadre.name() + " already has a posting in progress"
                    + " / 该干部已有未结束的挂职");
        }
        Posting p = new Posting();
        p.id = UUID.randomUUID();
        p.cadreId = cadre.id();
        p.homeUnitId = cadre.unitId();
        p.homeRegion = hostUnits.region(cadre.unitId()).orElse(null);
        p.type = r.type();
        p.hostUnitId = r.hostUnitId();
        p.hostOrganisation = r.hostOrganisation() != null && !r.hostOrganisation().isBlank()
                ? r.hostOrganisation().strip() : host.map(HostUnits.HostUnit::name).orElse(null);
        p.region = host.flatMap(h -> policy.region(h.code())).orElse(r.region());
        Optional<HostUnits.HostUnit> home = hostUnits.find(cadre.unitId());
        p.crossDepartment = r.type() == PostingType.CROSS_DEPARTMENT
                || host.map(h -> "DEPARTMENT".equals(h.kind()) && home.map(u -> "DEPARTMENT".equals(u.kind())
                        && !u.id().equals(h.id())).orElse(false)).orElse(false);
        p.purpose = r.purpose() == null || r.purpose().isBlank() ? null : r.purpose().strip();
        p.plannedStart = r.plannedStart();
        p.plannedEnd = r.plannedEnd();
        p.proposedBy = caller.name();
        p.proposedAt = clock.instant();
        p.openingId = openingId;
        p.proposalId = proposalId;
        p.persist();
        events.proposed(p);
        return p;
    }

    /**
     * What the request's own constraints cannot know, each under its field: whether the host unit exists, and the
     * posting's length under the policy.
     */
    private List<Problem.Violation> invalid(PostingRequest r, boolean hostKnown) {
        List<Problem.Violation> violations = new ArrayList<>();
        if (r.hostUnitId() != null && !hostKnown) {
            violations.add(new Problem.Violation("hostUnitId", "no such unit: " + r.hostUnitId()));
        }
        if (r.plannedStart() != null && r.plannedEnd() != null) {
            long months = ChronoUnit.MONTHS.between(r.plannedStart(), r.plannedEnd());
            if (!r.plannedEnd().isAfter(r.plannedStart())) {
                violations.add(new Problem.Violation("plannedEnd", "must be after plannedStart"));
            } else if (months < policy.minMonths() || months > policy.maxMonths()) {
                violations.add(new Problem.Violation("plannedEnd", "a posting lasts " + policy.minMonths() + "–"
                        + policy.maxMonths() + " months (commonly 12–24); planned " + months
                        + " / 挂职期限应为 " + policy.minMonths() + "–" + policy.maxMonths() + " 个月"));
            }
        }
        return violations;
    }

    static ProblemException notEligible(CadreRef cadre, List<EligibilityReason> refusals) {
        List<Reason> why = refusals.stream().map(EligibilityReason::reason).toList();
        return ProblemException.ruleViolated("not-eligible", Reason.of("posting.not-eligible", "cadre", cadre.name(),
                "reasons", why), why.stream().map(x -> Problem.Violation.of("cadreId", x)).toList());
    }

    /** A leader approves; the cadre must still be eligible (a measure may have come since the proposal). */
    @Transactional
    public Posting approve(UUID id, Long version) {
        Posting p = access.readable(id);
        access.requireCommand(p, Command.APPROVE);
        p.requireVersion(version);
        p.approve(caller.name(), clock.instant());
        List<EligibilityReason> refusals = standing.refusals(p.cadreId, LocalDate.now(clock), p.type);
        if (!refusals.isEmpty()) {
            throw notEligible(cadres.find(p.cadreId).orElseThrow(), refusals);
        }
        events.approved(p);
        return p;
    }

    /** The cadre took up the posting (today when no day is given). */
    @Transactional
    public Posting start(UUID id, LocalDate startedOn, Long version) {
        Posting p = access.writable(id);
        p.requireVersion(version);
        LocalDate today = LocalDate.now(clock);
        p.start(startedOn == null ? today : startedOn, today);
        events.started(p);
        events.checkInDue(p, null, p.nextCheckInDue(null, policy.checkInIntervalDays()));
        return p;
    }

    /** The posting ended with the host's evaluation. */
    @Transactional
    public Posting complete(UUID id, PostingCompletion c) {
        Posting p = access.writable(id);
        p.requireVersion(c.version());
        LocalDate today = LocalDate.now(clock);
        p.complete(c.completedOn() == null ? today : c.completedOn(), today, c.evaluation(), c.capabilities(), c.remarks(),
                caller.name());
        events.completed(p);
        return p;
    }

    /** HR of the cadre's unit or a leader cancels a posting that has not started. */
    @Transactional
    public Posting cancel(UUID id, String reason, Long version) {
        Posting p = access.readable(id);
        access.requireCommand(p, Command.CANCEL);
        p.requireVersion(version);
        p.cancel(caller.name(), clock.instant(), reason);
        events.cancelled(p);
        return p;
    }

    /** HR records a check-in with the cadre during the posting. */
    @Transactional
    public CheckIn checkIn(UUID postingId, CheckInRequest r) {
        Posting p = access.writable(postingId);
        CheckIn c = p.checkIn(r.heldOn(), r.method(), r.notes(), r.concerns(), caller.name(), clock.instant(),
                LocalDate.now(clock));
        c.persist();
        // the series moves on from the latest check-in (one recorded late, for an earlier day, moves nothing)
        LocalDate last = CheckIn.latestOf(p.id);
        if (!last.isAfter(c.heldOn)) {
            events.checkInDue(p, last, p.nextCheckInDue(last, policy.checkInIntervalDays()));
        }
        return c;
    }
}
