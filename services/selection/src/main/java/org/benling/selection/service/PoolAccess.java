package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.selection.domain.DevelopmentTask;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.domain.ReservePool;

/** Who reaches a reserve pool and its members: as {@link UnitReach} says of every record of a unit. */
@ApplicationScoped
public class PoolAccess {

    static final String REFUSAL = "only HR of the unit (or above) keeps its reserve pools";

    @Inject UnitReach reach;

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReservePool readable(UUID id) {
        return reach.readable(ReservePool.<ReservePool>findByIdOptional(id), p -> p.unitId, "Reserve pool", id);
    }

    public ReservePool writable(UUID id) {
        return reach.writable(ReservePool.<ReservePool>findByIdOptional(id), p -> p.unitId, "Reserve pool", id, REFUSAL);
    }

    /** A member of a pool the caller keeps: 404 for a member of another pool. */
    public PoolMember writableMember(UUID poolId, UUID memberId) {
        writable(poolId);
        return member(poolId, memberId);
    }

    /** A member of a pool the caller reads: 404 for a member of another pool. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PoolMember readableMember(UUID poolId, UUID memberId) {
        readable(poolId);
        return member(poolId, memberId);
    }

    /** A task of a member's development plan, read or kept as the pool is: 404 for a task of another member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DevelopmentTask task(UUID poolId, UUID memberId, UUID taskId, boolean write) {
        PoolMember m = write ? writableMember(poolId, memberId) : readableMember(poolId, memberId);
        return DevelopmentTask.<DevelopmentTask>findByIdOptional(taskId).filter(t -> t.memberId.equals(m.id))
                .orElseThrow(() -> ProblemException.notFound("Development task", taskId));
    }

    private static PoolMember member(UUID poolId, UUID memberId) {
        return PoolMember.<PoolMember>findByIdOptional(memberId).filter(m -> m.poolId.equals(poolId))
                .orElseThrow(() -> ProblemException.notFound("Pool member", memberId));
    }
}
