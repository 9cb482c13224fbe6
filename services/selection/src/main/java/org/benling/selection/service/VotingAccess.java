package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.VotingSession;

/**
 * Who reaches a voting session: HR and inspectors of the unit's subtree read it, leaders and administrators any;
 * HR of the unit or above and administrators prepare, open and close it. Outside one's reach a session is not found.
 */
@ApplicationScoped
public class VotingAccess {

    @Inject UnitScope scope;

    @Transactional(Transactional.TxType.SUPPORTS)
    public VotingSession readable(UUID id) {
        return VotingSession.<VotingSession>findByIdOptional(id).filter(s -> scope.mayRead(s.unitId))
                .orElseThrow(() -> ProblemException.notFound("Voting session", id));
    }

    public VotingSession writable(UUID id) {
        VotingSession s = readable(id);
        if (!scope.mayWrite(s.unitId)) {
            throw ProblemException.forbidden("only HR of the unit (or above) runs its voting sessions");
        }
        return s;
    }

    /** A unit to prepare a session for: 400 on unitId when unknown or out of reach, 403 when readable only. */
    public void writableUnit(UUID unitId) {
        scope.requireWritableUnit(unitId, "only HR of the unit (or above) runs its voting sessions");
    }
}
