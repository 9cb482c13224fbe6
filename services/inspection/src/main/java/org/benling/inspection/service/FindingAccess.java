package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;

/**
 * Who may see a finding and who may act on it: the round's inspectors, HR and inspectors of the responsible unit
 * and leaders read it; HR of the responsible unit files its rectification report; the round's inspectors judge it.
 */
@ApplicationScoped
public class FindingAccess {

    @Inject UnitScope scope;
    @Inject Inspectors inspectors;

    /** A finding the caller may read, else 404 (one out of scope is not admitted to exist). */
    public Finding readable(UUID id) {
        Finding f = Finding.findById(id);
        if (f == null || !(scope.mayRead(f.unitId) || inspectors.mayInspect(round(f).ownerUnitId))) {
            throw ProblemException.notFound("Finding", id);
        }
        return f;
    }

    /** The round the finding was recorded in. */
    public InspectionRound round(Finding f) {
        return InspectionRound.findById(f.roundId);
    }

    /** Whether the caller is HR of the responsible unit (who files the rectification report). */
    public boolean mayReport(Finding f) {
        return scope.mayWrite(f.unitId);
    }

    /** Refuses the report to anyone but HR of the responsible unit. */
    public void requireReporter(Finding f) {
        if (!mayReport(f)) {
            throw ProblemException.forbidden("HR of the responsible unit files the rectification report / 由责任单位报送");
        }
    }

    /** Whether the caller inspects for the round's inspecting unit (who judges the reports). */
    public boolean mayJudge(InspectionRound round) {
        return inspectors.mayInspect(round.ownerUnitId);
    }

    /** Refuses the judgement to anyone but an inspector of the round's inspecting unit. */
    public void requireJudge(InspectionRound round) {
        inspectors.requireInspector(round.ownerUnitId, "judges rectification reports");
    }
}
