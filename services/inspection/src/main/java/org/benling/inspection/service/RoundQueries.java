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
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;

/**
 * Rounds as their readers see them: with targets, findings counted over what the caller may read and the commands
 * the caller may give now; and coverage within a term (巡视全覆盖).
 */
@ApplicationScoped
public class RoundQueries {

    @Inject EntityManager em;
    @Inject Units units;
    @Inject CadreDirectory cadres;
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
        return view(r, units.name(r.ownerUnitId), links.targets(r.id).stream().map(t -> new TargetView(t, units.name(t)))
                .toList(), links.rechecks(r.id), Finding.<Finding>list("roundId", r.id),
                r.auditeeCadreId == null ? null : cadres.find(r.auditeeCadreId).map(CadreDirectory.CadreRef::name).orElse(null));
    }

    private RoundView view(InspectionRound r, String ownerName, List<TargetView> targets, List<UUID> rechecks,
            List<Finding> all, String auditee) {
        LocalDate today = LocalDate.now(clock);
        // counted over what the caller may read (FindingAccess.readable): HR of one target does not learn another's
        boolean inspecting = inspectors.mayInspect(r.ownerUnitId);
        List<Finding> findings = all.stream().filter(f -> inspecting || scope.mayRead(f.unitId)).toList();
        List<Command> allowed = new ArrayList<>();
        if (inspecting) {
            for (Command c : Command.values()) {
                if (r.allows(c)) {
                    allowed.add(c);
                }
            }
        }
        return new RoundView(r.id, r.kind, r.ownerUnitId, ownerName, r.title, r.teamLeader, List.of(r.teamMembers),
                targets, r.onSiteStart, r.onSiteEnd, r.feedbackDate, r.feedbackOn, r.followUpOf, rechecks, r.status,
                findings.size(), findings.stream().filter(f -> f.status != FindingWorkflow.Status.CLOSED).count(),
                findings.stream().filter(f -> FindingWorkflow.overdue(f.status, f.dueOn, today)).count(), allowed,
                r.createdBy, r.auditType, r.auditeeCadreId, auditee, r.auditFrom, r.auditTo, r.version);
    }

    /**
     * The rounds the caller may read (RoundAccess: the inspecting unit or an inspected one in scope) that pass the
     * filter, one page; its views cost four more statements whatever its size (rounds, targets, re-checks, findings).
     */
    public PageResult<RoundView> list(Kind kind, Status status, Integer year, PageQuery page) {
        NativeFilter filter = new NativeFilter(" FROM inspection_round r JOIN unit_view o ON o.id = r.owner_unit_id")
                .and("r.kind = :kind", "kind", kind == null ? null : kind.name())
                .and("r.status = :status", "status", status == null ? null : status.name())
                .and("extract(year FROM r.on_site_start) = :year", "year", year);
        ReadScope read = scope.readScope();
        if (read instanceof ReadScope.Subtree subtree) {
            filter.and("(o.path LIKE :scopePath OR EXISTS (SELECT 1 FROM round_target t JOIN unit_view tu"
                    + " ON tu.id = t.unit_id WHERE t.round_id = r.id AND tu.path LIKE :scopePath))", "scopePath",
                    subtree.pathPrefix() + "%");
        } else if (!(read instanceof ReadScope.Everything)) {
            return PageResult.empty(page);
        }
        return filter.pageRows(em, "r.id, o.name", "r.id", page, this::views);
    }

    @SuppressWarnings("unchecked")
    private List<RoundView> views(List<Object[]> rows) {
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, InspectionRound> rounds = new HashMap<>();
        InspectionRound.<InspectionRound>list("id in ?1", ids).forEach(r -> rounds.put(r.id, r));
        Map<UUID, List<TargetView>> targets = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT t.round_id, t.unit_id, u.name FROM round_target t"
                + " LEFT JOIN unit_view u ON u.id = t.unit_id WHERE t.round_id IN :ids ORDER BY u.code")
                .setParameter("ids", ids).getResultList())
                .forEach(t -> targets.computeIfAbsent((UUID) t[0], k -> new ArrayList<>())
                        .add(new TargetView((UUID) t[1], (String) t[2])));
        Map<UUID, List<UUID>> rechecks = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT round_id, finding_id FROM recheck WHERE round_id IN :ids")
                .setParameter("ids", ids).getResultList())
                .forEach(c -> rechecks.computeIfAbsent((UUID) c[0], k -> new ArrayList<>()).add((UUID) c[1]));
        Map<UUID, List<Finding>> findings = new HashMap<>();
        Finding.<Finding>list("roundId in ?1", ids)
                .forEach(f -> findings.computeIfAbsent(f.roundId, k -> new ArrayList<>()).add(f));
        Map<UUID, CadreDirectory.CadreRef> auditees = cadres.findAll(rounds.values().stream()
                .map(r -> r.auditeeCadreId).filter(java.util.Objects::nonNull).distinct().toList());
        return rows.stream().map(row -> {
            UUID id = (UUID) row[0];
            InspectionRound round = rounds.get(id);
            CadreDirectory.CadreRef auditee = round.auditeeCadreId == null ? null : auditees.get(round.auditeeCadreId);
            return view(round, (String) row[1], targets.getOrDefault(id, List.of()),
                    rechecks.getOrDefault(id, List.of()), findings.getOrDefault(id, List.of()),
                    auditee == null ? null : auditee.name());
        }).toList();
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
                JOIN round_target t ON t.round_id = r.id
                WHERE r.follow_up_of IS NULL AND r.kind IN ('INSPECTION', 'CIRCUIT')""").getResultList();
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
