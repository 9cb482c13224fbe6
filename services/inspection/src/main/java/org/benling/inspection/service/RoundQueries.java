package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.InspectionRound.Kind;
import org.benling.inspection.domain.rules.Coverage;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.RoundWorkflow;
import org.benling.inspection.domain.rules.RoundWorkflow.Command;
import org.benling.inspection.domain.rules.RoundWorkflow.Status;
import org.benling.inspection.rest.api.CoverageRow;
import org.benling.inspection.rest.api.CoverageView;
import org.benling.inspection.rest.api.RoundView;
import org.benling.inspection.rest.api.TargetView;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;

/**
 * Rounds as their readers see them: with targets, findings counted over what the caller may read and the commands
 * the caller may give now; and coverage within a term (巡视全覆盖).
 */
@ApplicationScoped
public class RoundQueries {

    @Inject EntityManager em;
    @Inject Units units;
    @Inject Inspectors inspectors;
    @Inject RoundAccess access;
    @Inject RoundLinks links;
    @Inject UnitScope scope;
    @Inject InspectionPolicy policy;
    @Inject Clock clock;

    /** One round the caller may read. */
    public RoundView get(UUID id) {
        return view(access.readable(id));
    }

    /** The view of a round the caller has (just changed or read). */
    public RoundView view(InspectionRound r) {
        LocalDate today = LocalDate.now(clock);
        // counted over what the caller may read (FindingAccess.readable): HR of one target does not learn another's
        boolean inspecting = inspectors.mayInspect(r.ownerUnitId);
        List<Finding> findings = Finding.<Finding>list("roundId", r.id).stream()
                .filter(f -> inspecting || scope.mayRead(f.unitId)).toList();
        List<Command> allowed = new ArrayList<>();
        if (inspecting) {
            for (Command c : Command.values()) {
                if (r.allows(c)) {
                    allowed.add(c);
                }
            }
        }
        return new RoundView(r.id, r.kind, r.ownerUnitId, units.name(r.ownerUnitId), r.title, r.teamLeader,
                List.of(r.teamMembers), links.targets(r.id).stream().map(t -> new TargetView(t, units.name(t))).toList(),
                r.onSiteStart, r.onSiteEnd, r.feedbackDate, r.feedbackOn, r.followUpOf, links.rechecks(r.id), r.status,
                findings.size(), findings.stream().filter(f -> f.status != FindingWorkflow.Status.CLOSED).count(),
                findings.stream().filter(f -> FindingWorkflow.overdue(f.status, f.dueOn, today)).count(), allowed,
                r.createdBy, r.version);
    }

    /** Rounds the caller may read, newest first; optionally of one kind, status or term year. */
    public List<RoundView> list(Kind kind, Status status, Integer year) {
        List<InspectionRound> all = InspectionRound.list("order by onSiteStart desc");
        return all.stream()
                .filter(r -> kind == null || r.kind == kind)
                .filter(r -> status == null || r.status == status)
                .filter(r -> year == null || r.onSiteStart.getYear() == year)
                .filter(access::mayRead)
                .map(this::view).toList();
    }

    /**
     * Coverage in the term of {@code day}: for the bureau, its provincial administrations (巡视) and how far each
     * province's 巡察 covered its municipal ones; for a province, its municipal administrations.
     */
    @SuppressWarnings("unchecked")
    public CoverageView coverage(UUID unitId, LocalDate day) {
        Units.Unit root = (unitId == null ? units.root() : units.find(unitId))
                .filter(u -> scope.mayRead(u.id()))
                .orElseThrow(() -> ProblemException.unitOutOfScope(unitId));
        InspectionPolicy.Term term = policy.termOf(day);
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, t.unit_id, r.on_site_start, r.status FROM inspection_round r
                JOIN round_target t ON t.round_id = r.id WHERE r.follow_up_of IS NULL""").getResultList();
        Map<UUID, List<UUID>> byRound = new HashMap<>();
        Map<UUID, Object[]> roundInfo = new HashMap<>();
        for (Object[] row : rows) {
            byRound.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]);
            roundInfo.put((UUID) row[0], row);
        }
        List<Coverage.RoundTargets> rounds = byRound.entrySet().stream().map(e -> {
            Object[] info = roundInfo.get(e.getKey());
            return new Coverage.RoundTargets(e.getKey(), e.getValue(), CadreDirectory.toDate(info[2]),
                    RoundWorkflow.inspected(Status.valueOf((String) info[3])));
        }).toList();
        List<Units.Unit> children = units.children(root.id()).stream()
                .filter(u -> "PROVINCIAL".equals(u.kind()) || "MUNICIPAL".equals(u.kind())).toList();
        List<Coverage.UnitCoverage> covered = Coverage.of(children.stream().map(Units.Unit::id).toList(), rounds, term);
        List<CoverageRow> result = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Units.Unit child = children.get(i);
            Coverage.UnitCoverage c = covered.get(i);
            List<UUID> grandchildren = units.children(child.id()).stream().filter(u -> "MUNICIPAL".equals(u.kind()))
                    .map(Units.Unit::id).toList();
            List<Coverage.UnitCoverage> sub = Coverage.of(grandchildren, rounds, term);
            result.add(new CoverageRow(child.id(), child.name(), c.status(), c.roundId().orElse(null), c.on().orElse(null),
                    sub.size(), sub.stream().filter(s -> s.status() == Coverage.Status.COVERED).count(),
                    sub.stream().filter(s -> s.status() == Coverage.Status.PLANNED).count()));
        }
        int done = (int) result.stream().filter(r -> r.status() == Coverage.Status.COVERED).count();
        int planned = (int) result.stream().filter(r -> r.status() == Coverage.Status.PLANNED).count();
        return new CoverageView(root.id(), root.name(), term.first(), term.last(), result.size(), done, planned,
                result.size() - done - planned, result);
    }
}
