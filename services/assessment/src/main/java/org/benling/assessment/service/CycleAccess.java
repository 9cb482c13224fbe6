package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.assessment.domain.Cycle;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;

/** Which cycles the caller may read (HR and inspectors in their subtree, leaders and admins everywhere) and run. */
@ApplicationScoped
public class CycleAccess {

    @Inject UnitScope scope;

    /** A cycle the caller may read (HR and inspectors in their subtree, leaders and admins everywhere), or 404. */
    public Cycle readable(UUID id) {
        Cycle cycle = Cycle.findById(id);
        if (cycle == null || !scope.mayRead(cycle.unitId)) {
            throw ProblemException.notFound("Cycle", id);
        }
        return cycle;
    }

    /** A cycle the caller may change (HR of the unit's subtree or admin) and still open. */
    public Cycle writable(UUID id) {
        Cycle cycle = readable(id);
        if (!scope.mayWrite(cycle.unitId)) {
            throw ProblemException.forbidden("you may not run the assessment of this unit");
        }
        return cycle;
    }
}
