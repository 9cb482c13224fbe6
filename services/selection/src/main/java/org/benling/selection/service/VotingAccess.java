package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.VotingSession;

/** Who reaches a voting session: as {@link UnitReach} says of every record of a unit. */
@ApplicationScoped
public class VotingAccess {

    static final String REFUSAL = "only HR of the unit (or above) runs its voting sessions";

    @Inject UnitReach reach;
    @Inject UnitScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public VotingSession readable(UUID id) {
        return reach.readable(VotingSession.<VotingSession>findByIdOptional(id), s -> s.unitId, "Voting session", id);
    }

    public VotingSession writable(UUID id) {
        return reach.writable(VotingSession.<VotingSession>findByIdOptional(id), s -> s.unitId, "Voting session", id,
                REFUSAL);
    }

    /** A unit to prepare a session for: 400 on unitId when unknown or out of reach, 403 when readable only. */
    public void writableUnit(UUID unitId) {
        scope.requireWritableUnit(unitId, REFUSAL);
    }
}
