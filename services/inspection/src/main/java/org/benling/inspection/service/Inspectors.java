package org.benling.inspection.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;

/** Who may inspect what: an {@code inspector} within the unit subtree of the token, or an {@code admin}. */
@RequestScoped
public class Inspectors {

    @Inject Caller caller;
    @Inject UnitScope scope;

    public boolean mayInspect(UUID unitId) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.INSPECTOR) && scope.mayRead(unitId);
    }

    /** {@link #mayInspect} for a unit whose path the caller already has (a list row that selected it). */
    public boolean mayInspectAt(String unitPath) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.INSPECTOR) && scope.mayReadAt(unitPath);
    }

    public void requireInspector(UUID unitId, String what) {
        if (!mayInspect(unitId)) {
            throw ProblemException.forbidden("only an inspector in scope " + what + " / 仅巡视巡察人员可操作");
        }
    }
}
