package org.benling.inspection.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.RectificationReport;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.RoundWorkflow;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Findings (问题清单) with rectification deadlines: recorded by the round's inspectors, rectification reports
 * filed by HR of the responsible unit, closed (or returned) by an inspector, re-checked by follow-up rounds,
 * and reported overdue once per deadline.
 */
@ApplicationScoped
public class FindingService {

    @Schema(name = "FindingRequest")
    public record FindingRequest(UUID unitId, @Size(max = 200) List<UUID> cadreIds, @Size(max = 100) String category,
            Severity severity, Capability capability, @Size(max = 4000) String description,
            @Size(max = 200) String rectificationOwner, UUID ownerCadreId, LocalDate dueOn) {
    }

    @Schema(name = "RectificationRequest")
    public record ReportRequest(@Size(max = 4000) String summary, @Size(max = 4000) String measures,
            @Size(max = 50) List<@Size(max = 500) String> evidence, LocalDate completedOn) {
    }

    @Schema(name = "RectificationReport")
    public record ReportView(UUID id, String summary, String measures, List<String> evidence, LocalDate completedOn,
            String filedBy, Instant filedAt, RectificationReport.Verdict verdict, String verdictNote, String judgedBy,
            Instant judgedAt) {
    }

    @Schema(name = "FindingCadre")
    public record CadreView(UUID id, String employeeNumber, String name) {
    }

    @Schema(name = "Finding")
    public record FindingView(UUID id, UUID roundId, String roundTitle, UUID unitId, String unitName,
            List<CadreView> cadres, String category, Severity severity, Capability capability, String description,
            String rectificationOwner, UUID ownerCadreId, LocalDate dueOn, Status status, boolean overdue,
            long daysOverdue, String conclusion, String closedBy, Instant closedAt, List<ReportView> reports,
            boolean mayReport, boolean mayJudge, String recordedBy, Instant recordedAt, long version) {
    }

    public record FindingFilter(UUID roundId, UUID unitId, Status status, Boolean overdue, Capability capability) {
    }

    @Inject
    EntityManager em;

    @Inject
    RoundService rounds;

    @Inject
    Units units;

    @Inject
    CadreDirectory cadres;

    @Inject
    Inspectors inspectors;

    @Inject
    UnitScope scope;

    @Inject
    Caller caller;

    @Inject
    InspectionEventPublisher events;

    @Inject
    InspectionPolicy policy;

    @Inject
    Clock clock;

    @Transactional
    public Finding record(UUID roundId, FindingRequest r) {
        InspectionRound round = rounds.readable(roundId);
        inspectors.requireInspector(round.ownerUnitId, "records findings");
        if (!RoundWorkflow.acceptsFindings(round.status)) {
            throw ProblemException.conflict("round-not-accepting-findings", "findings are recorded on site or at feedback;"
                    + " the round is " + round.status.name().toLowerCase() + " / 当前阶段不能录入问题");
        }
        List<Problem.Violation> v = new ArrayList<>();
        if (r.unitId() == null || !rounds.targets(round.id).contains(r.unitId())) {
            v.add(new Problem.Violation("unitId", "one of the round's inspected units / 须为被巡视单位"));
        }
        if (r.category() == null || !policy.categories().contains(r.category())) {
            v.add(new Problem.Violation("category", "one of " + policy.categories()));
        }
        if (r.severity() == null) {
            v.add(new Problem.Violation("severity", "required / 必填"));
        }
        if (r.description() == null || r.description().isBlank() || r.description().length() > 4000) {
            v.add(new Problem.Violation("description", "required, at most 4000 characters"));
        }
        if (r.rectificationOwner() == null || r.rectificationOwner().isBlank()) {
            v.add(new Problem.Violation("rectificationOwner", "required / 须明确整改责任人"));
        }
        List<UUID> named = r.cadreIds() == null ? List.of() : r.cadreIds();
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i) == null || cadres.find(named.get(i)).isEmpty()) {
                v.add(new Problem.Violation("cadreIds[" + i + "]", "no such cadre: " + named.get(i)));
            }
        }
        if (r.ownerCadreId() != null && cadres.find(r.ownerCadreId()).isEmpty()) {
            v.add(new Problem.Violation("ownerCadreId", "no such cadre: " + r.ownerCadreId()));
        }
        LocalDate due = r.dueOn() != null ? r.dueOn() : policy.rectificationDue(round.feedbackDay());
        if (due.isBefore(round.feedbackDay())) {
            v.add(new Problem.Violation("dueOn", "not before the feedback " + round.feedbackDay()));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the finding is incomplete or invalid / 问题信息不完整或有误", v);
        }
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.roundId = round.id;
        f.unitId = r.unitId();
        f.cadreIds = named.stream().distinct().toArray(UUID[]::new);
        f.category = r.category();
        f.severity = r.severity();
        f.capability = r.capability();
        f.description = r.description().strip();
        f.rectificationOwner = r.rectificationOwner().strip();
        f.ownerCadreId = r.ownerCadreId();
        f.dueOn = due;
        f.dueExplicit = r.dueOn() != null;
        f.recordedBy = caller.name();
        f.recordedAt = clock.instant();
        f.persist();
        events.findingRecorded(f);
        return f;
    }

    /** A finding the caller may read: inspectors of the round, HR and inspectors of the responsible unit, leaders. */
    public Finding readable(UUID id) {
        Finding f = Finding.findById(id);
        if (f == null || !(scope.mayRead(f.unitId) || inspectors.mayInspect(round(f).ownerUnitId))) {
            throw ProblemException.notFound("Finding", id);
        }
        return f;
    }

    private InspectionRound round(Finding f) {
        return InspectionRound.findById(f.roundId);
    }

    /** The responsible unit's HR files the rectification report (整改报告). */
    @Transactional
    public Finding report(UUID id, ReportRequest r) {
        Finding f = readable(id);
        if (!scope.mayWrite(f.unitId)) {
            throw ProblemException.forbidden("HR of the responsible unit files the rectification report / 由责任单位报送");
        }
        if (!FindingWorkflow.mayReport(f.status)) {
            throw ProblemException.conflict("finding-not-awaiting-report", "the finding is " + f.status.name().toLowerCase()
                    + " / 该问题当前不需报送整改报告");
        }
        List<Problem.Violation> v = new ArrayList<>();
        if (r.summary() == null || r.summary().isBlank() || r.summary().length() > 4000) {
            v.add(new Problem.Violation("summary", "required, at most 4000 characters / 请填写整改情况"));
        }
        if (r.measures() == null || r.measures().isBlank() || r.measures().length() > 4000) {
            v.add(new Problem.Violation("measures", "required, at most 4000 characters / 请填写整改措施"));
        }
        if (r.evidence() == null || r.evidence().stream().noneMatch(e -> e != null && !e.isBlank())) {
            v.add(new Problem.Violation("evidence", "at least one piece of evidence / 请提供佐证材料"));
        }
        LocalDate today = LocalDate.now(clock);
        if (r.completedOn() == null || r.completedOn().isAfter(today)) {
            v.add(new Problem.Violation("completedOn", "required, not in the future"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the rectification report is incomplete / 整改报告不完整", v);
        }
        RectificationReport report = new RectificationReport();
        report.id = UUID.randomUUID();
        report.findingId = f.id;
        report.summary = r.summary().strip();
        report.measures = r.measures().strip();
        report.evidence = r.evidence().stream().filter(e -> e != null && !e.isBlank()).map(String::strip)
                .toArray(String[]::new);
        report.completedOn = r.completedOn();
        report.filedBy = caller.name();
        report.filedAt = clock.instant();
        report.persist();
        f.status = Status.REPORTED;
        return f;
    }

    /** An inspector accepts the report and closes the finding (销号), or returns the report. */
    @Transactional
    public Finding judge(UUID id, boolean accept, String note) {
        Finding f = readable(id);
        inspectors.requireInspector(round(f).ownerUnitId, "judges rectification reports");
        if (accept ? !FindingWorkflow.mayClose(f.status) : !FindingWorkflow.mayReturn(f.status)) {
            throw ProblemException.conflict("finding-not-reported", "there is no rectification report to judge"
                    + " / 尚无待审核的整改报告");
        }
        if (note == null || note.isBlank()) {
            throw ProblemException.invalidField(accept ? "conclusion" : "note", "required / 必填");
        }
        RectificationReport report = RectificationReport.find("findingId = ?1 order by filedAt desc", f.id).firstResult();
        report.verdict = accept ? RectificationReport.Verdict.ACCEPTED : RectificationReport.Verdict.RETURNED;
        report.verdictNote = note.strip();
        report.judgedBy = caller.name();
        report.judgedAt = clock.instant();
        if (accept) {
            f.status = Status.CLOSED;
            f.conclusion = note.strip();
            f.closedBy = caller.name();
            f.closedAt = clock.instant();
        } else {
            f.status = Status.OPEN;
        }
        return f;
    }

    /** 回头看: a follow-up round re-checks a closed finding; one not fixed is reopened with a new deadline. */
    @Transactional
    public Finding recheck(UUID id, UUID roundId, Boolean fixed, String note) {
        Finding f = readable(id);
        InspectionRound round = rounds.readable(roundId);
        inspectors.requireInspector(round.ownerUnitId, "re-checks findings");
        if (!rounds.rechecks(round.id).contains(f.id)) {
            throw ProblemException.invalidField("roundId", "this follow-up round does not re-check the finding");
        }
        if (!RoundWorkflow.acceptsFindings(round.status) || !FindingWorkflow.mayRecheck(f.status)) {
            throw ProblemException.conflict("recheck-not-possible", "re-checks happen on site or at feedback of the "
                    + "follow-up round, for a closed finding / 回头看须在进驻或反馈阶段、针对已销号问题");
        }
        em.createNativeQuery("""
                UPDATE recheck SET fixed = :fixed, note = :note, checked_by = :by, checked_at = :at
                WHERE round_id = :r AND finding_id = :f""").setParameter("fixed", fixed).setParameter("note", note.strip())
                .setParameter("by", caller.name()).setParameter("at", clock.instant()).setParameter("r", round.id)
                .setParameter("f", f.id).executeUpdate();
        if (!fixed) {
            f.status = Status.REOPENED;
            f.dueOn = policy.rectificationDue(round.feedbackDay().isBefore(LocalDate.now(clock))
                    ? LocalDate.now(clock) : round.feedbackDay());
            f.overdueReportedFor = null;
            f.conclusion = null;
            events.findingRecorded(f);
        }
        return f;
    }

    /** Publishes RectificationOverdue for each finding past its deadline without a report, once per deadline. */
    @Transactional
    public int reportOverdue(LocalDate today) {
        List<Finding> late = Finding.list("status in ?1 and dueOn < ?2 and (overdueReportedFor is null or overdueReportedFor <> dueOn)",
                List.of(Status.OPEN, Status.REOPENED), today);
        for (Finding f : late) {
            f.overdueReportedFor = f.dueOn;
            events.overdue(f);
        }
        return late.size();
    }

    public FindingView view(Finding f) {
        LocalDate today = LocalDate.now(clock);
        InspectionRound round = round(f);
        boolean overdue = FindingWorkflow.overdue(f.status, f.dueOn, today);
        List<ReportView> reports = RectificationReport.<RectificationReport>list("findingId = ?1 order by filedAt desc", f.id)
                .stream().map(r -> new ReportView(r.id, r.summary, r.measures, List.of(r.evidence), r.completedOn, r.filedBy,
                        r.filedAt, r.verdict, r.verdictNote, r.judgedBy, r.judgedAt)).toList();
        List<CadreView> named = java.util.Arrays.stream(f.cadreIds).map(id -> cadres.find(id)
                .map(c -> new CadreView(c.id(), c.employeeNumber(), c.name())).orElse(new CadreView(id, null, null))).toList();
        return new FindingView(f.id, f.roundId, round.title, f.unitId, units.name(f.unitId), named, f.category,
                f.severity, f.capability, f.description, f.rectificationOwner, f.ownerCadreId, f.dueOn, f.status, overdue,
                overdue ? today.toEpochDay() - f.dueOn.toEpochDay() : 0, f.conclusion, f.closedBy, f.closedAt, reports,
                FindingWorkflow.mayReport(f.status) && scope.mayWrite(f.unitId),
                FindingWorkflow.mayClose(f.status) && inspectors.mayInspect(round.ownerUnitId), f.recordedBy,
                f.recordedAt, f.version);
    }

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

    public Optional<Finding> find(UUID id) {
        return Optional.ofNullable(Finding.findById(id));
    }
}
