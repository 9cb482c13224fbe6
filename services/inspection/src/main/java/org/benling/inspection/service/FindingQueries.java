package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.Capability;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.RectificationReport;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.benling.inspection.rest.api.FindingCadre;
import org.benling.inspection.rest.api.FindingView;
import org.benling.inspection.rest.api.ReportView;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
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
    public record FindingFilter(UUID roundId, UUID unitId, Status status, Boolean overdue, Capability capability,
            UUID cadreId) {
    }

    @Inject EntityManager em;
    @Inject AuditTrail audit;
    @Inject FindingAccess access;
    @Inject Units units;
    @Inject CadreDirectory cadres;
    @Inject UnitScope scope;
    @Inject Inspectors inspectors;
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
        InspectionRound round = access.round(f);
        return view(f, round.title, units.name(f.unitId), reports(List.of(f.id)), cadres.findAll(Arrays.asList(f.cadreIds)),
                FindingWorkflow.mayReport(f.status) && access.mayReport(f),
                FindingWorkflow.mayClose(f.status) && access.mayJudge(round));
    }

    /**
     * A page of findings in four statements whatever its size: the page's rows (with the round's title, the unit's
     * name and both units' paths for the caller's rights), the findings, their reports, the cadres they name.
     */
    private List<FindingView> views(List<Object[]> rows) {
        Map<UUID, Finding> findings = Finding.<Finding>list("id in ?1", rows.stream().map(r -> (UUID) r[0]).toList())
                .stream().collect(Collectors.toMap(f -> f.id, f -> f));
        Map<UUID, List<ReportView>> reports = reports(findings.keySet());
        Map<UUID, CadreDirectory.CadreRef> named = cadres.findAll(findings.values().stream()
                .flatMap(f -> Arrays.stream(f.cadreIds)).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            Finding f = findings.get((UUID) r[0]);
            return view(f, (String) r[1], (String) r[2], reports, named,
                    FindingWorkflow.mayReport(f.status) && scope.mayWriteAt((String) r[3]),
                    FindingWorkflow.mayClose(f.status) && inspectors.mayInspectAt((String) r[4]));
        }).toList();
    }

    private FindingView view(Finding f, String roundTitle, String unitName, Map<UUID, List<ReportView>> reports,
            Map<UUID, CadreDirectory.CadreRef> named, boolean mayReport, boolean mayClose) {
        LocalDate today = LocalDate.now(clock);
        boolean overdue = FindingWorkflow.overdue(f.status, f.dueOn, today);
        List<FindingCadre> cadresNamed = Arrays.stream(f.cadreIds).map(id -> Optional.ofNullable(named.get(id))
                .map(c -> new FindingCadre(c.id(), c.employeeNumber(), c.name())).orElse(new FindingCadre(id, null, null))).toList();
        return new FindingView(f.id, f.roundId, roundTitle, f.unitId, unitName, cadresNamed, f.category,
                f.severity, f.capability, f.description, f.rectificationOwner, f.ownerCadreId, f.dueOn, f.status, overdue,
                overdue ? today.toEpochDay() - f.dueOn.toEpochDay() : 0, f.conclusion, f.closedBy, f.closedAt,
                reports.getOrDefault(f.id, List.of()), mayReport, mayClose, f.recordedBy, f.recordedAt, f.version);
    }

    /** The reports filed on these findings, newest first, by finding. */
    private static Map<UUID, List<ReportView>> reports(Collection<UUID> findingIds) {
        return RectificationReport.<RectificationReport>list("findingId in ?1 order by filedAt desc", findingIds).stream()
                .collect(Collectors.groupingBy(r -> r.findingId, Collectors.mapping(FindingQueries::report, Collectors.toList())));
    }

    /** The findings in the caller's scope that pass the filter, one page. */
    public PageResult<FindingView> list(FindingFilter filter, PageQuery page) {
        if (filter.cadreId() != null) {
            cadres.readable(filter.cadreId());
        }
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
                // the findings that name the cadre or make them answer for the rectification (the cadre's portfolio)
                .and("(:cadre = ANY(f.cadre_ids) OR f.owner_cadre_id = :cadre)", "cadre", filter.cadreId())
                .and("f.status IN ('OPEN', 'REOPENED') AND f.due_on < :today", "today", overdue ? LocalDate.now(clock) : null)
                .pageRows(em, "f.id, r.title, u.name, u.path, o.path", "f.id", page, this::views);
    }

    /** The finding's history with that of its rectification reports and their verdicts ({@code report:<id>}). */
    public List<AuditEntry> audit(UUID findingId) {
        Finding f = access.readable(findingId);
        List<AuditTrail.Subject> subjects = new ArrayList<>();
        subjects.add(new AuditTrail.Subject("finding", Finding.class, f.id));
        RectificationReport.<RectificationReport>list("findingId", f.id)
                .forEach(r -> subjects.add(new AuditTrail.Subject("report:" + r.id, RectificationReport.class, r.id)));
        return audit.history(subjects);
    }
}
