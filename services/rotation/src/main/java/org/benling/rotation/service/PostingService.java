package org.benling.rotation.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.contracts.text.Reason;
import org.benling.platform.persistence.EnumArrays;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.PageQuery;
import org.benling.platform.web.PageResult;
import org.benling.rotation.domain.CheckIn;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.rules.PostingWorkflow.Command;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.domain.rules.PostingWorkflow;
import org.benling.rotation.domain.rules.Region;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.events.RotationEventPublisher;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Practice postings through their workflow — proposed, approved by a leader, active, completed with the host's
 * evaluation, or cancelled before they start — each transition a command with its own rules and its event.
 */
@ApplicationScoped
public class PostingService {

    @Schema(name = "PostingRequest")
    public record PostingRequest(UUID cadreId, PostingType type, UUID hostUnitId, @Size(max = 200) String hostOrganisation,
            Region region, LocalDate plannedStart, LocalDate plannedEnd, @Size(max = 2000) String purpose) {
    }

    @Schema(name = "PostingCompletion")
    public record Completion(LocalDate completedOn, Evaluation evaluation, Set<Capability> capabilities,
            @Size(max = 2000) String remarks,
            Long version) {
    }

    @Schema(name = "CheckInRequest")
    public record CheckInRequest(LocalDate heldOn, CheckIn.Method method, @Size(max = 4000) String notes,
            @Size(max = 4000) String concerns) {
    }

    @Schema(name = "Posting")
    public record PostingView(UUID id, UUID cadreId, String employeeNumber, String name, RankLevel rankLevel,
            UUID homeUnitId, String homeUnitName, Region homeRegion, PostingType type, UUID hostUnitId,
            String hostOrganisation, Region region, boolean crossDepartment, String purpose, LocalDate plannedStart,
            LocalDate plannedEnd, LocalDate startedOn, LocalDate endedOn, Status status, String proposedBy,
            Instant proposedAt, String approvedBy, Instant approvedAt, String cancelledBy, Instant cancelledAt,
            String cancelReason, Evaluation evaluation, Set<Capability> capabilitiesExercised, String evaluationRemarks,
            String evaluatedBy, LocalDate lastCheckIn, LocalDate nextCheckInDue, boolean careOverdue,
            List<Command> allowedCommands, UUID openingId, UUID proposalId, long version) {
    }

    @Schema(name = "CheckIn")
    public record CheckInView(UUID id, LocalDate heldOn, CheckIn.Method method, String notes, String concerns,
            String recordedBy, Instant recordedAt) {
    }

    public record PostingFilter(Status status, PostingType type, UUID unitId, UUID cadreId, Boolean careOverdue,
            String q) {
    }

    @Inject
    EntityManager em;

    @Inject
    CadreDirectory cadres;

    @Inject
    CadreFacts facts;

    @Inject
    UnitScope scope;

    @Inject
    Caller caller;

    @Inject
    RotationEventPublisher events;

    @Inject
    RotationPolicy policy;

    @Inject
    Clock clock;

    @Transactional
    public Posting propose(PostingRequest r, UUID openingId, UUID proposalId) {
        List<Problem.Violation> violations = new ArrayList<>();
        required(violations, "cadreId", r.cadreId());
        required(violations, "type", r.type());
        required(violations, "plannedStart", r.plannedStart());
        required(violations, "plannedEnd", r.plannedEnd());
        Optional<CadreFacts.UnitFacts> host = facts.unit(r.hostUnitId());
        if (r.hostUnitId() != null && host.isEmpty()) {
            violations.add(new Problem.Violation("hostUnitId", "no such unit: " + r.hostUnitId()));
        }
        if (r.hostUnitId() == null && (r.hostOrganisation() == null || r.hostOrganisation().isBlank())) {
            violations.add(new Problem.Violation("hostOrganisation", "a host unit or an external organisation is required"
                    + " / 需填写接收单位"));
        }
        if (r.hostOrganisation() != null && r.hostOrganisation().length() > 200) {
            violations.add(new Problem.Violation("hostOrganisation", "at most 200 characters"));
        }
        if (r.purpose() != null && r.purpose().length() > 2000) {
            violations.add(new Problem.Violation("purpose", "at most 2000 characters"));
        }
        if (r.plannedStart() != null && r.plannedEnd() != null) {
            long months = ChronoUnit.MONTHS.between(r.plannedStart(), r.plannedEnd());
            if (!r.plannedEnd().isAfter(r.plannedStart())) {
                violations.add(new Problem.Violation("plannedEnd", "must be after plannedStart"));
            } else if (months < policy.minMonths() || months > policy.maxMonths()) {
                violations.add(new Problem.Violation("plannedEnd", "a posting lasts " + policy.minMonths() + "–"
                        + policy.maxMonths() + " months (commonly 12–24); planned " + months
                        + " / 挂职期限应为 " + policy.minMonths() + "–" + policy.maxMonths() + " 个月"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the posting is incomplete or invalid / 挂职信息不完整或有误", violations);
        }
        CadreRef cadre = cadres.writable(r.cadreId(), "cadreId");
        LocalDate today = LocalDate.now(clock);
        List<EligibilityReason> refusals = facts.refusals(cadre.id(), today, r.type());
        if (!refusals.isEmpty()) {
            throw notEligible(cadre, refusals);
        }
        if (Posting.count("cadreId = ?1 and status in ?2", cadre.id(),
                EnumSet.of(Status.PROPOSED, Status.APPROVED, Status.ACTIVE)) > 0) {
            throw ProblemException.conflict("posting-open", cadre.name() + " already has a posting in progress"
                    + " / 该干部已有未结束的挂职");
        }
        Posting p = new Posting();
        p.id = UUID.randomUUID();
        p.cadreId = cadre.id();
        p.homeUnitId = cadre.unitId();
        p.homeRegion = facts.region(cadre.unitId()).orElse(null);
        p.type = r.type();
        p.hostUnitId = r.hostUnitId();
        p.hostOrganisation = host.map(CadreFacts.UnitFacts::name)
                .orElse(r.hostOrganisation() == null ? null : r.hostOrganisation().strip());
        if (r.hostOrganisation() != null && !r.hostOrganisation().isBlank()) {
            p.hostOrganisation = r.hostOrganisation().strip();
        }
        p.region = host.flatMap(h -> policy.region(h.code())).orElse(r.region());
        Optional<CadreFacts.UnitFacts> home = facts.unit(cadre.unitId());
        p.crossDepartment = r.type() == PostingType.CROSS_DEPARTMENT
                || host.map(h -> "DEPARTMENT".equals(h.kind()) && home.map(u -> "DEPARTMENT".equals(u.kind())
                        && !u.id().equals(h.id())).orElse(false)).orElse(false);
        p.purpose = r.purpose() == null || r.purpose().isBlank() ? null : r.purpose().strip();
        p.plannedStart = r.plannedStart();
        p.plannedEnd = r.plannedEnd();
        p.proposedBy = caller.name();
        p.proposedAt = clock.instant();
        p.openingId = openingId;
        p.proposalId = proposalId;
        p.persist();
        return p;
    }

    static ProblemException notEligible(CadreRef cadre, List<EligibilityReason> refusals) {
        List<Reason> why = refusals.stream().map(EligibilityReason::reason).toList();
        return ProblemException.ruleViolated("not-eligible", Reason.of("posting.not-eligible", "cadre", cadre.name(),
                "reasons", why), why.stream().map(x -> Problem.Violation.of("cadreId", x)).toList());
    }

    @Transactional
    public Posting approve(UUID id, Long version) {
        Posting p = readable(id);
        if (!caller.hasRole(Roles.LEADER) && !caller.hasRole(Roles.ADMIN)) {
            throw ProblemException.forbidden("a leader approves postings / 由领导审批");
        }
        transition(p, Command.APPROVE, version);
        List<EligibilityReason> refusals = facts.refusals(p.cadreId, LocalDate.now(clock), p.type);
        if (!refusals.isEmpty()) {
            throw notEligible(cadres.find(p.cadreId).orElseThrow(), refusals);
        }
        p.status = Status.APPROVED;
        p.approvedBy = caller.name();
        p.approvedAt = clock.instant();
        events.approved(p);
        return p;
    }

    @Transactional
    public Posting start(UUID id, LocalDate startedOn, Long version) {
        Posting p = writable(id);
        transition(p, Command.START, version);
        LocalDate day = startedOn == null ? LocalDate.now(clock) : startedOn;
        if (day.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("startedOn", "must not be in the future / 到岗日期不能晚于今天");
        }
        p.status = Status.ACTIVE;
        p.startedOn = day;
        events.started(p);
        return p;
    }

    @Transactional
    public Posting complete(UUID id, Completion c) {
        Posting p = writable(id);
        transition(p, Command.COMPLETE, c.version());
        List<Problem.Violation> violations = new ArrayList<>();
        LocalDate day = c.completedOn() == null ? LocalDate.now(clock) : c.completedOn();
        if (day.isAfter(LocalDate.now(clock))) {
            violations.add(new Problem.Violation("completedOn", "must not be in the future"));
        } else if (day.isBefore(p.startedOn)) {
            violations.add(new Problem.Violation("completedOn", "must not be before the start " + p.startedOn));
        }
        required(violations, "evaluation", c.evaluation());
        if (c.capabilities() == null || c.capabilities().isEmpty()) {
            violations.add(new Problem.Violation("capabilities", "name the capabilities the posting exercised / 请选择锻炼的能力"));
        }
        if (c.remarks() == null || c.remarks().isBlank()) {
            violations.add(new Problem.Violation("remarks", "the host's evaluation needs remarks / 请填写鉴定意见"));
        } else if (c.remarks().length() > 4000) {
            violations.add(new Problem.Violation("remarks", "at most 4000 characters"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the closing evaluation is incomplete / 鉴定不完整", violations);
        }
        p.status = Status.COMPLETED;
        p.endedOn = day;
        p.evaluation = c.evaluation();
        p.capabilitiesExercised = EnumArrays.toArray(c.capabilities());
        p.evaluationRemarks = c.remarks().strip();
        p.evaluatedBy = caller.name();
        events.completed(p);
        return p;
    }

    @Transactional
    public Posting cancel(UUID id, String reason, Long version) {
        Posting p = readable(id);
        if (!mayManage(p) && !caller.hasRole(Roles.LEADER)) {
            throw ProblemException.forbidden("HR of the cadre's unit or a leader cancels a posting");
        }
        transition(p, Command.CANCEL, version);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", "a cancellation needs a reason / 请填写取消原因");
        }
        p.status = Status.CANCELLED;
        p.cancelledBy = caller.name();
        p.cancelledAt = clock.instant();
        p.cancelReason = reason.strip();
        return p;
    }

    @Transactional
    public CheckIn checkIn(UUID postingId, CheckInRequest r) {
        Posting p = writable(postingId);
        if (p.status != Status.ACTIVE) {
            throw ProblemException.conflict("posting-not-active", "check-ins are recorded during an active posting"
                    + " / 仅在挂职期间记录谈心走访");
        }
        List<Problem.Violation> violations = new ArrayList<>();
        required(violations, "heldOn", r.heldOn());
        required(violations, "method", r.method());
        if (r.notes() == null || r.notes().isBlank()) {
            violations.add(new Problem.Violation("notes", "required / 必填"));
        }
        if (r.heldOn() != null && (r.heldOn().isAfter(LocalDate.now(clock)) || r.heldOn().isBefore(p.startedOn))) {
            violations.add(new Problem.Violation("heldOn", "between the start " + p.startedOn + " and today"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the check-in is incomplete / 记录不完整", violations);
        }
        CheckIn c = new CheckIn();
        c.id = UUID.randomUUID();
        c.postingId = p.id;
        c.heldOn = r.heldOn();
        c.method = r.method();
        c.notes = r.notes().strip();
        c.concerns = r.concerns() == null || r.concerns().isBlank() ? null : r.concerns().strip();
        c.recordedBy = caller.name();
        c.recordedAt = clock.instant();
        c.persist();
        return c;
    }

    public List<CheckInView> checkIns(UUID postingId) {
        readable(postingId);
        return CheckIn.<CheckIn>list("postingId = ?1 order by heldOn desc", postingId).stream()
                .map(c -> new CheckInView(c.id, c.heldOn, c.method, c.notes, c.concerns, c.recordedBy, c.recordedAt))
                .toList();
    }

    private void transition(Posting p, Command command, Long version) {
        if (version != null && version != p.version) {
            throw ProblemException.conflict("stale", "the posting was changed by someone else; reload it");
        }
        if (!PostingWorkflow.allowed(p.status, command)) {
            throw ProblemException.conflict("invalid-transition", "cannot " + command.name().toLowerCase()
                    + " a posting that is " + p.status.name().toLowerCase() + " / 当前状态不能执行该操作");
        }
    }

    /** A posting the caller may read: leaders and admins all, HR and inspectors in scope, the cadre own. */
    public Posting readable(UUID id) {
        Posting p = Posting.findById(id);
        if (p == null || !scope.mayReadCadre(p.cadreId, p.homeUnitId)) {
            throw ProblemException.notFound("Posting", id);
        }
        return p;
    }

    private Posting writable(UUID id) {
        Posting p = readable(id);
        if (!mayManage(p)) {
            throw ProblemException.forbidden("HR of the cadre's unit manages the posting");
        }
        return p;
    }

    private boolean mayManage(Posting p) {
        return scope.mayWrite(p.homeUnitId);
    }

    public PostingView view(Posting p) {
        Optional<CadreRef> c = cadres.find(p.cadreId);
        LocalDate last = lastCheckIn(p.id);
        LocalDate next = p.status == Status.ACTIVE
                ? (last == null || last.isBefore(p.startedOn) ? p.startedOn : last).plusDays(policy.checkInIntervalDays())
                : null;
        List<Command> allowed = new ArrayList<>();
        for (Command command : Command.values()) {
            if (PostingWorkflow.allowed(p.status, command) && mayCommand(p, command)) {
                allowed.add(command);
            }
        }
        return new PostingView(p.id, p.cadreId, c.map(CadreRef::employeeNumber).orElse(null),
                c.map(CadreRef::name).orElse(null), c.map(CadreRef::rankLevel).orElse(null), p.homeUnitId,
                facts.unit(p.homeUnitId).map(CadreFacts.UnitFacts::name).orElse(null), p.homeRegion, p.type, p.hostUnitId,
                p.hostOrganisation, p.region, p.crossDepartment, p.purpose, p.plannedStart, p.plannedEnd, p.startedOn,
                p.endedOn, p.status, p.proposedBy, p.proposedAt, p.approvedBy, p.approvedAt, p.cancelledBy, p.cancelledAt,
                p.cancelReason, p.evaluation, EnumArrays.toSet(p.capabilitiesExercised, Capability.class),
                p.evaluationRemarks, p.evaluatedBy, last, next, next != null && next.isBefore(LocalDate.now(clock)),
                allowed, p.openingId, p.proposalId, p.version);
    }

    private boolean mayCommand(Posting p, Command command) {
        return switch (command) {
            case APPROVE -> caller.hasRole(Roles.LEADER) || caller.hasRole(Roles.ADMIN);
            case START, COMPLETE -> mayManage(p);
            case CANCEL -> mayManage(p) || caller.hasRole(Roles.LEADER);
        };
    }

    @SuppressWarnings("unchecked")
    private LocalDate lastCheckIn(UUID postingId) {
        List<Object> rows = em.createNativeQuery("SELECT max(held_on) FROM check_in WHERE posting_id = :p")
                .setParameter("p", postingId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : CadreDirectory.toDate(rows.get(0));
    }

    public PageResult<PostingView> list(PostingFilter f, PageQuery page) {
        boolean careOverdue = Boolean.TRUE.equals(f.careOverdue());
        return new NativeFilter(" FROM posting p JOIN unit_view u ON u.id = p.home_unit_id"
                + " LEFT JOIN cadre_view c ON c.id = p.cadre_id")
                .scope(scope.readScope(), "u.path", "p.cadre_id")
                .and("p.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("p.type = :type", "type", f.type() == null ? null : f.type().name())
                .inSubtreeOf("u.path", f.unitId())
                .and("p.cadre_id = :cadre", "cadre", f.cadreId())
                .andIf(careOverdue, "p.status = 'ACTIVE' AND greatest(p.started_on, coalesce((SELECT max(held_on)"
                        + " FROM check_in k WHERE k.posting_id = p.id), p.started_on)) + :interval < :today")
                .bind("interval", careOverdue ? policy.checkInIntervalDays() : null)
                .bind("today", careOverdue ? LocalDate.now(clock) : null)
                .and("(c.name LIKE :q OR c.employee_number LIKE :q OR p.host_organisation LIKE :q)", "q",
                        Like.contains(f.q()))
                .page(em, "p.id", page, id -> view(Posting.<Posting>findById(id)));
    }

    private static void required(List<Problem.Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(new Problem.Violation(field, "required / 必填"));
        }
    }
}
