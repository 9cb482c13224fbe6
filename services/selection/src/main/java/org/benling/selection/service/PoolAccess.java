package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
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
        return PoolMember.<PoolMember>findByIdOptional(memberId).filter(m -> m.poolId.equals(poolId))
                .orElseThrow(() -> ProblemException.notFound("Pool member", memberId));
    }
}
