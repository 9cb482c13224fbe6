package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.RectificationReport;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.benling.inspection.rest.api.FindingCadre;
import org.benling.inspection.rest.api.FindingView;
import org.benling.inspection.rest.api.ReportView;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;

/**
 * Findings as their readers see them: with the round, the unit, the cadres named, the rectification reports, how
 * far overdue, and whether the caller may report or judge now. The list is scoped for the responsible unit's people
 * and the inspecting unit's inspectors alike.
 */
@ApplicationScoped
public class FindingQueries {

    /** The list's filters; null ones are left out. */
    public record FindingFilter(UUID roundId, UUID unitId, Status status, Boolean overdue, Capability capability) {
    }

    @Inject EntityManager em;
    @Inject FindingAccess access;
    @Inject Units units;
    @Inject CadreDirectory cadres;
    @Inject UnitScope scope;
    @Inject Clock clock;

    /** One finding the caller may read. */
    public FindingView get(UUID id) {
        return view(access.readable(id));
    }

    private static ReportView report(RectificationReport r) {
        Decision judgement = Decision.orNone(r.judgement);
        return new ReportView(r.id, r.summary, r.measures, List.of(r.evidence), r.completedOn, r.filedBy, r.filedAt,
                r.verdict, judgement.note(), judgement.by(), judgement.at());
    }

    /** The view of a finding the caller has (just changed or read). */
    public FindingView view(Finding f) {
        LocalDate today = LocalDate.now(clock);
        InspectionRound round = access.round(f);
        boolean overdue = FindingWorkflow.overdue(f.status, f.dueOn, today);
        List<ReportView> reports = RectificationReport.<RectificationReport>list("findingId = ?1 order by filedAt desc", f.id)
                .stream().map(FindingQueries::report).toList();
        List<FindingCadre> named = Arrays.stream(f.cadreIds).map(id -> cadres.find(id)
                .map(c -> new FindingCadre(c.id(), c.employeeNumber(), c.name())).orElse(new FindingCadre(id, null, null))).toList();
        return new FindingView(f.id, f.roundId, round.title, f.unitId, units.name(f.unitId), named, f.category,
                f.severity, f.capability, f.description, f.rectificationOwner, f.ownerCadreId, f.dueOn, f.status, overdue,
                overdue ? today.toEpochDay() - f.dueOn.toEpochDay() : 0, f.conclusion, f.closedBy, f.closedAt, reports,
                FindingWorkflow.mayReport(f.status) && access.mayReport(f),
                FindingWorkflow.mayClose(f.status) && access.mayJudge(round), f.recordedBy,
                f.recordedAt, f.version);
    }

    /** The findings in the caller's scope that pass the filter, one page. */
    public PageResult<FindingView> list(FindingFilter filter, PageQuery page) {
        ReadScope read = scope.readScope();
        boolean overdue = Boolean.TRUE.equals(filter.overdue());
        return new NativeFilter(" FROM finding f JOIN unit_view u ON u.id = f.unit_id"
                + " JOIN inspection_round r ON r.id = f.round_id JOIN unit_view o ON o.id = r.owner_unit_id")
                // the responsible unit's people and the inspecting unit's inspectors both see a finding
                .and("(u.path LIKE :scopePath OR o.path LIKE :scopePath)", "scopePath",
                        read instanceof ReadScope.Subtree s ? s.pathPrefix() + "%" : null)
                .scope(read instanceof ReadScope.Subtree ? new ReadScope.Everything() : read, "u.path", null)
                .and("f.round_id = :round", "round", filter.roundId())
                .inSubtreeOf("u.path", filter.unitId())
                .and("f.status = :status", "status", filter.status() == null ? null : filter.status().name())
                .and("f.capability = :capability", "capability", filter.capability() == null ? null : filter.capability().name())
                .and("f.status IN ('OPEN', 'REOPENED') AND f.due_on < :today", "today", overdue ? LocalDate.now(clock) : null)
                .page(em, "f.id", page, id -> view(Finding.<Finding>findById(id)));
    }
}
