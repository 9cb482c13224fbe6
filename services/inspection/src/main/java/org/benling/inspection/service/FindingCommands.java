package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.RectificationReport;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.RoundWorkflow;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.inspection.rest.api.FindingRequest;
import org.benling.inspection.rest.api.ReportRequest;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;

/**
 * Findings (问题清单) with rectification deadlines: recorded by the round's inspectors, rectification reports
 * filed by HR of the responsible unit, closed (or returned) by an inspector, re-checked by follow-up rounds,
 * and reported overdue once per deadline. Each command loads what the caller may act on, lets the finding decide
 * (Finding, FindingWorkflow), and publishes its event in the same transaction.
 */
@ApplicationScoped
public class FindingCommands {

    @Inject FindingAccess access;
    @Inject RoundAccess rounds;
    @Inject RoundLinks links;
    @Inject CadreDirectory cadres;
    @Inject Inspectors inspectors;
    @Inject Caller caller;
    @Inject InspectionEventPublisher events;
    @Inject InspectionPolicy policy;
    @Inject Clock clock;

    /** An inspector of the round records a finding on site or at feedback; the deadline defaults from the feedback. */
    @Transactional
    public Finding record(UUID roundId, FindingRequest r) {
        InspectionRound round = rounds.readable(roundId);
        inspectors.requireInspector(round.ownerUnitId, "records findings");
        if (!RoundWorkflow.acceptsFindings(round.status)) {
            throw ProblemException.conflict("round-not-accepting-findings", "findings are recorded on site or at feedback;"
                    + " the round is " + round.status.name().toLowerCase() + " / 当前阶段不能录入问题");
        }
        List<Problem.Violation> v = new ArrayList<>();
        if (r.unitId() == null || !links.targets(round.id).contains(r.unitId())) {
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

    /** The responsible unit's HR files the rectification report (整改报告). */
    @Transactional
    public Finding report(UUID id, ReportRequest r) {
        Finding f = access.readable(id);
        access.requireReporter(f);
        RectificationReport report = f.fileReport(r.summary(), r.measures(), r.evidence(), r.completedOn(),
                LocalDate.now(clock), caller.name(), clock.instant());
        report.persist();
        events.reported(f, LocalDate.now(clock));
        return f;
    }

    /** An inspector accepts the report and closes the finding (销号), or returns the report. */
    @Transactional
    public Finding judge(UUID id, boolean accept, String note) {
        Finding f = access.readable(id);
        access.requireJudge(access.round(f));
        f.requireJudgeable(accept, note);
        f.judge(RectificationReport.latestOf(f.id), accept, note, caller.name(), clock.instant());
        if (accept) {
            events.closed(f, LocalDate.now(clock));
        } else {
            // returned: the finding awaits a report again (consumers replace it by its id)
            events.findingRecorded(f);
        }
        return f;
    }

    /** 回头看: a follow-up round re-checks a closed finding; one not fixed is reopened with a new deadline. */
    @Transactional
    public Finding recheck(UUID id, UUID roundId, Boolean fixed, String note) {
        Finding f = access.readable(id);
        InspectionRound round = rounds.readable(roundId);
        inspectors.requireInspector(round.ownerUnitId, "re-checks findings");
        if (!links.rechecks(round.id).contains(f.id)) {
            throw ProblemException.invalidField("roundId", "this follow-up round does not re-check the finding");
        }
        f.requireRecheck(round);
        links.recheckDone(round.id, f.id, fixed, note.strip(), caller.name(), clock.instant());
        if (!fixed) {
            f.reopen(round, policy.rectificationDue(round.feedbackDay().isBefore(LocalDate.now(clock))
                    ? LocalDate.now(clock) : round.feedbackDay()));
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
            f.overdueReported();
            events.overdue(f);
        }
        return late.size();
    }
}
