package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.inspection.domain.Measure;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;

/**
 * Who may see measures (restricted): leaders and admins everywhere, inspectors in their subtree, and the cadre their
 * own; HR never (other services show HR only the effect). Who may act on them is the inspectors' question
 * ({@link Inspectors}).
 */
@ApplicationScoped
public class MeasureAccess {

    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject Inspectors inspectors;

    /** Inspectors in scope of the cadre's unit, leaders and admins, and the cadre; 404 for anyone else. */
    public Measure readable(UUID id) {
        Measure m = Measure.findById(id);
        if (m == null || !mayRead(m)) {
            throw ProblemException.notFound("Measure", id);
        }
        return m;
    }

    private boolean mayRead(Measure m) {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER)) {
            return true;
        }
        if (caller.hasRole(Roles.INSPECTOR) && scope.mayRead(m.unitId)) {
            return true;
        }
        return caller.is(m.cadreId);
    }

    /** Measures are read everywhere by leaders and admins, in their subtree by inspectors, and by the cadre. */
    public ReadScope readScope() {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER)) {
            return new ReadScope.Everything();
        }
        if (caller.hasRole(Roles.INSPECTOR) && scope.readScope() instanceof ReadScope.Subtree s) {
            return s;
        }
        return caller.cadreId().<ReadScope>map(ReadScope.Self::new).orElse(new ReadScope.Nothing());
    }

    /** Whether the caller may see the four-form distribution of a unit: leaders and admins, inspectors in scope. */
    public boolean mayOverview(UUID unitId) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER) || inspectors.mayInspect(unitId);
    }
}
