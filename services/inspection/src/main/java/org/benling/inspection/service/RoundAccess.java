package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.inspection.domain.InspectionRound;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;

/**
 * Who may see a round: inspectors in scope of the inspecting unit, leaders and admins, and HR of the inspected
 * units. Who may move it on is the inspectors' question ({@link Inspectors}).
 */
@ApplicationScoped
public class RoundAccess {

    @Inject UnitScope scope;
    @Inject RoundLinks links;

    /** A round the caller may read, else 404 (one out of scope is not admitted to exist). */
    public InspectionRound readable(UUID id) {
        InspectionRound round = InspectionRound.findById(id);
        if (round == null || !mayRead(round)) {
            throw ProblemException.notFound("Round", id);
        }
        return round;
    }

    /** Whether the caller reads the inspecting unit or one of the inspected units. */
    public boolean mayRead(InspectionRound round) {
        return scope.mayRead(round.ownerUnitId) || links.targets(round.id).stream().anyMatch(scope::mayRead);
    }
}
