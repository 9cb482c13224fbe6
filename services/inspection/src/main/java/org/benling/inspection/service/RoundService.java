package org.benling.inspection.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Inspection rounds through their stages, follow-up rounds (回头看) and coverage within a term. */
@ApplicationScoped
public class RoundService {

    @Schema(name = "RoundRequest")
    public record RoundRequest(Kind kind, UUID ownerUnitId, @Size(max = 200) String title, @Size(max = 100) String teamLeader,
            @Size(max = 50) List<@Size(max = 100) String> teamMembers,
            List<UUID> targetUnitIds, LocalDate onSiteStart, LocalDate onSiteEnd, LocalDate feedbackDate,
            UUID followUpOf, List<UUID> recheckFindingIds) {
    }

    @Schema(name = "RoundTarget")
    public record TargetView(UUID unitId, String name) {
    }

    @Schema(name = "InspectionRound")
    public record RoundView(UUID id, Kind kind, UUID ownerUnitId, String ownerUnitName, String title, String teamLeader,
            List<String> teamMembers, List<TargetView> targets, LocalDate onSiteStart, LocalDate onSiteEnd,
            LocalDate feedbackDate, LocalDate feedbackOn, UUID followUpOf, List<UUID> recheckFindingIds, Status status,
            long findings, long openFindings, long overdueFindings, List<Command> allowedCommands, String createdBy,
            long version) {
    }

    @Schema(name = "UnitCoverage")
    public record CoverageRow(UUID unitId, String name, Coverage.Status status, UUID roundId, LocalDate on,
            long subunits, long subunitsCovered, long subunitsPlanned) {
    }

    @Schema(name = "TermCoverage")
    public record CoverageView(UUID unitId, String unitName, LocalDate termFirst, LocalDate termLast, int units,
            int covered, int planned, int notYet, List<CoverageRow> rows) {
    }

    @Inject
    EntityManager em;

    @Inject
    Units units;

    @Inject
    Inspectors inspectors;

    @Inject
    UnitScope scope;

    @Inject
    Caller caller;

    @Inject
    InspectionPolicy policy;

    @Inject
    InspectionEventPublisher events;

    @Inject
    Clock clock;

    @Transactional
    public InspectionRound create(RoundRequest r) {
        List<Problem.Violation> v = new ArrayList<>();
        if (r.kind() == null) {
            v.add(new Problem.Violation("kind", "required / 必填"));
        }
        if (r.title() == null || r.title().isBlank() || r.title().length() > 200) {
            v.add(new Problem.Violation("title", "required, at most 200 characters"));
        }
        if (r.teamLeader() == null || r.teamLeader().isBlank()) {
            v.add(new Problem.Violation("teamLeader", "required / 必填"));
        }
        if (r.onSiteStart() == null || r.onSiteEnd() == null || r.feedbackDate() == null) {
            v.add(new Problem.Violation("onSiteStart", "onSiteStart, onSiteEnd and feedbackDate are required"));
        } else if (r.onSiteEnd().isBefore(r.onSiteStart()) || r.feedbackDate().isBefore(r.onSiteEnd())) {
            v.add(new Problem.Violation("feedbackDate", "on site start ≤ end ≤ feedback / 进驻、撤离、反馈日期顺序有误"));
        }
        Optional<Units.Unit> owner = units.find(r.ownerUnitId());
        if (owner.isEmpty()) {
            v.add(new Problem.Violation("ownerUnitId", "no such unit: " + r.ownerUnitId()));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the round is incomplete or invalid / 轮次信息不完整或有误", v);
        }
        inspectors.requireInspector(owner.get().id(), "plans rounds of this unit");
        Set<UUID> targets = new LinkedHashSet<>(r.targetUnitIds() == null ? List.of() : r.targetUnitIds());
        List<UUID> rechecks = r.recheckFindingIds() == null ? List.of() : r.recheckFindingIds();
        if (r.followUpOf() != null) {
            InspectionRound earlier = readable(r.followUpOf());
            if (rechecks.isEmpty()) {
                throw ProblemException.invalidField("recheckFindingIds", "a follow-up round re-checks closed findings");
            }
            for (int i = 0; i < rechecks.size(); i++) {
                Finding f = Finding.findById(rechecks.get(i));
                if (f == null || !f.roundId.equals(earlier.id) || !FindingWorkflow.mayRecheck(f.status)) {
                    v.add(new Problem.Violation("recheckFindingIds[" + i + "]",
                            "not a closed finding of the round followed up / 不是该轮次已销号的问题"));
                } else {
                    targets.add(f.unitId);
                }
            }
        }
        if (targets.isEmpty()) {
            v.add(new Problem.Violation("targetUnitIds", "at least one unit to inspect / 至少一个被巡视单位"));
        }
        String ownerKind = owner.get().kind();
        if (r.kind() == Kind.INSPECTION && !"BUREAU".equals(ownerKind)) {
            v.add(new Problem.Violation("ownerUnitId", "巡视 is carried out by the bureau"));
        }
        if (r.kind() == Kind.CIRCUIT && !"PROVINCIAL".equals(ownerKind)) {
            v.add(new Problem.Violation("ownerUnitId", "巡察 is carried out by a provincial administration"));
        }
        int i = 0;
        for (UUID target : targets) {
            Optional<Units.Unit> unit = units.find(target);
            String expected = r.kind() == Kind.INSPECTION ? "PROVINCIAL" : "MUNICIPAL";
            if (unit.isEmpty() || !expected.equals(unit.get().kind()) || !owner.get().id().equals(unit.get().parentId())) {
                v.add(new Problem.Violation("targetUnitIds[" + i + "]", (r.kind() == Kind.INSPECTION
                        ? "巡视 targets the bureau's provincial administrations" : "巡察 targets the province's municipal administrations")
                        + ": " + target));
            }
            i++;
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the round is invalid / 轮次信息有误", v);
        }
        InspectionRound round = new InspectionRound();
        round.id = UUID.randomUUID();
        round.kind = r.kind();
        round.ownerUnitId = owner.get().id();
        round.title = r.title().strip();
        round.teamLeader = r.teamLeader().strip();
        round.teamMembers = r.teamMembers() == null ? new String[0]
                : r.teamMembers().stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toArray(String[]::new);
        round.onSiteStart = r.onSiteStart();
        round.onSiteEnd = r.onSiteEnd();
        round.feedbackDate = r.feedbackDate();
        round.followUpOf = r.followUpOf();
        round.createdBy = caller.name();
        round.createdAt = clock.instant();
        round.persist();
        em.flush();
        for (UUID target : targets) {
            em.createNativeQuery("INSERT INTO round_target (round_id, unit_id) VALUES (:r, :u)")
                    .setParameter("r", round.id).setParameter("u", target).executeUpdate();
        }
        for (UUID finding : rechecks) {
            em.createNativeQuery("INSERT INTO recheck (round_id, finding_id) VALUES (:r, :f)")
                    .setParameter("r", round.id).setParameter("f", finding).executeUpdate();
        }
        return round;
    }

    /** Rounds are read by inspectors in scope, leaders and admins, and HR of the inspected units. */
    public InspectionRound readable(UUID id) {
        InspectionRound round = InspectionRound.findById(id);
        if (round == null || !(scope.mayRead(round.ownerUnitId) || targets(id).stream().anyMatch(scope::mayRead))) {
            throw ProblemException.notFound("Round", id);
        }
        return round;
    }

    @Transactional
    public InspectionRound command(UUID id, Command command, LocalDate feedbackOn, Long version) {
        InspectionRound round = readable(id);
        inspectors.requireInspector(round.ownerUnitId, "moves the round on");
        if (version != null && version != round.version) {
            throw ProblemException.conflict("stale", "the round was changed by someone else; reload it");
        }
        if (!RoundWorkflow.allowed(round.status, command)) {
            throw ProblemException.conflict("invalid-transition", "cannot " + command.name().toLowerCase()
                    + " a round that is " + round.status.name().toLowerCase() + " / 当前阶段不能执行该操作");
        }
        if (command == Command.FEEDBACK) {
            LocalDate day = feedbackOn == null ? LocalDate.now(clock) : feedbackOn;
            if (day.isAfter(LocalDate.now(clock)) || day.isBefore(round.onSiteStart)) {
                throw ProblemException.invalidField("feedbackOn", "between the on-site start and today");
            }
            round.feedbackOn = day;
            // derived deadlines follow the actual feedback; consumers replace the finding by its id
            for (Finding f : Finding.<Finding>list("roundId", round.id)) {
                if (f.followFeedback(policy.rectificationDue(day))) {
                    events.findingRecorded(f);
                }
            }
        }
        if (command == Command.CLOSE) {
            long open = Finding.count("roundId = ?1 and status <> ?2", round.id, FindingWorkflow.Status.CLOSED);
            if (open > 0) {
                throw ProblemException.ruleViolated("findings-open", open + " 个问题尚未整改销号，不能结束本轮 / "
                        + open + " finding(s) are not closed yet", List.of());
            }
        }
        round.status = RoundWorkflow.next(round.status, command);
        return round;
    }

    @SuppressWarnings("unchecked")
    public List<UUID> targets(UUID roundId) {
        return em.createNativeQuery("SELECT unit_id FROM round_target WHERE round_id = :r").setParameter("r", roundId)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> rechecks(UUID roundId) {
        return em.createNativeQuery("SELECT finding_id FROM recheck WHERE round_id = :r").setParameter("r", roundId)
                .getResultList();
    }

    public RoundView view(InspectionRound r) {
        LocalDate today = LocalDate.now(clock);
        // counted over what the caller may read (FindingService.readable): HR of one target does not learn another's
        boolean inspecting = inspectors.mayInspect(r.ownerUnitId);
        List<Finding> findings = Finding.<Finding>list("roundId", r.id).stream()
                .filter(f -> inspecting || scope.mayRead(f.unitId)).toList();
        List<Command> allowed = new ArrayList<>();
        if (inspecting) {
            for (Command c : Command.values()) {
                if (RoundWorkflow.allowed(r.status, c)) {
                    allowed.add(c);
                }
            }
        }
        return new RoundView(r.id, r.kind, r.ownerUnitId, units.name(r.ownerUnitId), r.title, r.teamLeader,
                List.of(r.teamMembers), targets(r.id).stream().map(t -> new TargetView(t, units.name(t))).toList(),
                r.onSiteStart, r.onSiteEnd, r.feedbackDate, r.feedbackOn, r.followUpOf, rechecks(r.id), r.status,
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
                .filter(r -> scope.mayRead(r.ownerUnitId) || targets(r.id).stream().anyMatch(scope::mayRead))
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
        java.util.Map<UUID, List<UUID>> byRound = new java.util.HashMap<>();
        java.util.Map<UUID, Object[]> roundInfo = new java.util.HashMap<>();
        for (Object[] row : rows) {
            byRound.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]);
            roundInfo.put((UUID) row[0], row);
        }
        List<Coverage.RoundTargets> rounds = byRound.entrySet().stream().map(e -> {
            Object[] info = roundInfo.get(e.getKey());
            return new Coverage.RoundTargets(e.getKey(), e.getValue(), org.benling.platform.personnel.CadreDirectory.toDate(info[2]),
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
