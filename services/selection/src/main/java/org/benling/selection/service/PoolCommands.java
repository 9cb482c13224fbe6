package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.text.Reason;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.domain.ReservePool;
import org.benling.selection.domain.rules.SelectionPolicy;
import org.benling.selection.events.SelectionEventPublisher;
import org.benling.selection.rest.api.PoolRequests;

/**
 * Reserve pools (后备干部库, 优秀年轻干部库): HR of a unit (or above) sets one up for posts of a level, nominates cadres of
 * the unit's subtree with a reason, and reviews each nomination — the entry rules ({@code PoolEntry}) checked at the
 * nomination and again at the admission —, and takes a member out with a reason. Each change of a membership is
 * announced on {@code selection.appointments} in the same transaction.
 */
@ApplicationScoped
public class PoolCommands {

    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject PoolAccess access;
    @Inject UnitReach reach;
    @Inject PoolEntryCheck entry;
    @Inject SelectionPolicy policy;
    @Inject SelectionEventPublisher events;
    @Inject DevelopmentCommands development;
    @Inject Clock clock;

    @Transactional
    public ReservePool create(PoolRequests.Create r) {
        scope.requireWritableUnit(r.unitId(), PoolAccess.REFUSAL);
        ReservePool p = ReservePool.create(r.unitId(), r.name(), r.level(), r.maxAge(),
                r.gradeYears() == null ? policy.poolGradeYears() : r.gradeYears(), r.description(), caller.name(),
                clock.instant());
        p.persist();
        return p;
    }

    @Transactional
    public PoolMember nominate(UUID poolId, PoolRequests.Nomination r) {
        ReservePool p = access.writable(poolId);
        CadreRef cadre = cadres.find(r.cadreId()).filter(CadreRef::active)
                .filter(c -> reach.within(c.unitId(), p.unitId))
                .orElseThrow(() -> ProblemException.invalidField("cadreId", "不是本单位及下级单位的在职干部 / not an active cadre"
                        + " of the pool unit's subtree: " + r.cadreId()));
        if (PoolMember.count("poolId = ?1 and cadreId = ?2 and status in ?3", poolId, cadre.id(),
                List.of(PoolMember.Status.NOMINATED, PoolMember.Status.ADMITTED)) > 0) {
            throw ProblemException.conflict("already-in-pool", "该干部已在库或已提名待审 / the cadre is in the pool or"
                    + " nominated already");
        }
        requireQualified(p, cadre);
        PoolMember m = PoolMember.nominate(poolId, cadre.id(), r.reason(), caller.name(), clock.instant());
        m.persist();
        events.poolMembershipChanged(p, m, today());
        return m;
    }

    @Transactional
    public PoolMember admit(UUID poolId, UUID memberId, PoolRequests.Admission r) {
        PoolMember m = access.writableMember(poolId, memberId);
        ReservePool p = access.readable(poolId);
        if (m.status == PoolMember.Status.NOMINATED) {
            requireQualified(p, cadres.find(m.cadreId).orElseThrow(() -> ProblemException.notFound("Cadre", m.cadreId)));
        }
        m.admit(r.note(), caller.name(), clock.instant());
        events.poolMembershipChanged(p, m, today());
        return m;
    }

    @Transactional
    public PoolMember decline(UUID poolId, UUID memberId, PoolRequests.Reasoned r) {
        PoolMember m = access.writableMember(poolId, memberId);
        m.decline(r.reason(), caller.name(), clock.instant());
        events.poolMembershipChanged(access.readable(poolId), m, today());
        return m;
    }

    @Transactional
    public PoolMember leave(UUID poolId, UUID memberId, PoolRequests.Reasoned r) {
        PoolMember m = access.writableMember(poolId, memberId);
        m.leave(r.reason(), caller.name(), clock.instant());
        development.memberLeft(m);
        events.poolMembershipChanged(access.readable(poolId), m, today());
        return m;
    }

    /** 422 {@code pool-entry-refused} with each entry rule the cadre does not meet today. */
    private void requireQualified(ReservePool p, CadreRef cadre) {
        List<Reason> refusals = entry.refusals(p, List.of(cadre), today()).get(cadre.id());
        if (!refusals.isEmpty()) {
            throw ProblemException.ruleViolated("pool-entry-refused", "不符合入库条件 / does not meet the pool's entry rules",
                    refusals.stream().map(reason -> Problem.Violation.of("cadreId", reason)).toList());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
