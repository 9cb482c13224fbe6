package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.rotation.domain.ContactPoint;
import org.benling.rotation.domain.ResearchReport;

/**
 * Who may do what with contact points and research reports: the leader keeps their own (records visits, files
 * reports), the HR office of the leader's unit or above does so for them; HR and leaders record what came of a
 * report; HR and inspectors read their subtree, leaders and admins all, a cadre their own.
 */
@ApplicationScoped
public class GrassrootsAccess {

    @Inject Caller caller;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;

    public ReadScope readScope() {
        return scope.readScope();
    }

    /** The cadre a new point or report is for: the caller's own (no cadre named, or their own), or one HR manages. */
    public CadreRef subject(UUID cadreId) {
        return cadres.ownOrManaged(cadreId, "cadreId");
    }

    public ContactPoint readablePoint(UUID id) {
        ContactPoint p = ContactPoint.findById(id);
        if (p == null || !scope.mayReadCadre(p.cadreId, p.unitId)) {
            throw ProblemException.notFound("ContactPoint", id);
        }
        return p;
    }

    public boolean mayRecord(ContactPoint p) {
        return caller.is(p.cadreId) || scope.mayWrite(p.unitId);
    }

    /** A point whose visits the caller records: the leader's own, or one their HR office keeps. */
    public ContactPoint recordable(UUID id) {
        ContactPoint p = readablePoint(id);
        if (!mayRecord(p)) {
            throw ProblemException.forbidden("only the leader or their HR office records visits / 仅本人或所在单位人事部门可记录");
        }
        return p;
    }

    public ResearchReport readableReport(UUID id) {
        ResearchReport r = ResearchReport.findById(id);
        if (r == null || !scope.mayReadCadre(r.cadreId, r.unitId)) {
            throw ProblemException.notFound("ResearchReport", id);
        }
        return r;
    }

    public boolean mayFollowUp(ResearchReport r) {
        return !caller.is(r.cadreId) && (scope.mayWrite(r.unitId) || caller.hasRole(Roles.LEADER));
    }

    /** A report whose follow-up the caller records: HR of the unit or above, leaders, admins; never the author. */
    public ResearchReport followable(UUID id) {
        ResearchReport r = readableReport(id);
        if (!mayFollowUp(r)) {
            throw ProblemException.forbidden("the follow-up is recorded by the HR office or a leader, not the author"
                    + " / 转化运用情况由人事部门或领导记录");
        }
        return r;
    }
}
