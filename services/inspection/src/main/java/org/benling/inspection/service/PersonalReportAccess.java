package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.inspection.domain.PersonalReport;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;

/**
 * Who may see what of 个人有关事项报告: the content is the cadre's own, the inspectors' in scope, the leaders' and the
 * administrators' (restricted as the measures are: every read is logged); HR sees who filed and when, in its
 * subtree, never the content.
 */
@ApplicationScoped
public class PersonalReportAccess {

    @Inject Caller caller;
    @Inject UnitScope scope;
    @Inject MeasureAccess measures;

    /** A report whose content the caller may read; 404 for anyone else (HR included). */
    public PersonalReport readable(UUID id) {
        PersonalReport r = PersonalReport.findById(id);
        if (r == null || !(caller.is(r.cadreId) || mayReadContentOf(r.unitId))) {
            throw ProblemException.notFound("PersonalReport", id);
        }
        return r;
    }

    /** Inspectors in scope of the unit, leaders and administrators. */
    public boolean mayReadContentOf(UUID unitId) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER)
                || caller.hasRole(Roles.INSPECTOR) && scope.mayRead(unitId);
    }

    /** Whose filing the caller sees (never the content): HR and inspectors in their subtree, leaders and admins all. */
    public ReadScope filingScope() {
        if (caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.LEADER)) {
            return new ReadScope.Everything();
        }
        if ((caller.hasRole(Roles.HR) || caller.hasRole(Roles.INSPECTOR))
                && scope.readScope() instanceof ReadScope.Subtree s) {
            return s;
        }
        return new ReadScope.Nothing();
    }

    /** The checks (whose results are restricted): as the measures. */
    public ReadScope checkScope() {
        ReadScope s = measures.readScope();
        return s instanceof ReadScope.Self ? new ReadScope.Nothing() : s;
    }

    /** The caller's own cadre record, for the cadre's own reports. */
    public UUID self() {
        return caller.cadreId().orElseThrow(() -> ProblemException.forbidden(
                "your account is not linked to a cadre / 您的账号未关联干部信息"));
    }
}
