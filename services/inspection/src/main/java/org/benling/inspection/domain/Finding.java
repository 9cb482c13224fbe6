package org.benling.inspection.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.benling.inspection.domain.rules.RoundWorkflow;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A finding (问题清单) against a unit and its responsible cadres, with its rectification deadline. Audited. It decides
 * its own rectification (FindingWorkflow): a report filed, the report accepted (closed) or returned, reopened by a
 * follow-up round (回头看).
 */
@Entity
@Table(name = "finding")
@Audited
public class Finding extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false)
    public UUID roundId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cadre_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] cadreIds = new UUID[0];

    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public Capability capability;

    @Column(nullable = false)
    public String description;

    /** Who answers for the rectification (整改责任人/部门). */
    @Column(name = "rectification_owner", nullable = false)
    public String rectificationOwner;

    @Column(name = "owner_cadre_id")
    public UUID ownerCadreId;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** The inspector set the deadline; otherwise it is derived from the feedback and follows the actual one. */
    @Column(name = "due_explicit", nullable = false)
    public boolean dueExplicit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** The deadline a RectificationOverdue was last published for (once per deadline). */
    @Column(name = "overdue_reported_for")
    public LocalDate overdueReportedFor;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    public String conclusion;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    /**
     * Feedback was given on {@code feedbackOn}: a deadline derived from the planned feedback date moves to the
     * policy's months after the actual one, as long as no report is filed; one the inspector set stays.
     *
     * @return whether the deadline moved
     */
    public boolean followFeedback(LocalDate due) {
        if (dueExplicit || !FindingWorkflow.awaitingReport(status) || due.equals(dueOn)) {
            return false;
        }
        dueOn = due;
        overdueReportedFor = null;
        return true;
    }

    /**
     * The responsible unit files its rectification report (整改报告), completed on {@code completedOn} (not after
     * {@code today}), while the finding awaits one; every missing or wrong part is refused at once. The finding is
     * then reported.
     *
     * @return the new report, for the caller to persist
     */
    public RectificationReport fileReport(String summary, String measures, List<String> evidence, LocalDate completedOn,
            LocalDate today, String by, Instant at) {
        if (!FindingWorkflow.mayReport(status)) {
            throw ProblemException.conflict("finding-not-awaiting-report", "the finding is " + status.name().toLowerCase()
                    + " / 该问题当前不需报送整改报告");
        }
        List<Problem.Violation> v = new ArrayList<>();
        if (summary == null || summary.isBlank() || summary.length() > 4000) {
            v.add(new Problem.Violation("summary", "required, at most 4000 characters / 请填写整改情况"));
        }
        if (measures == null || measures.isBlank() || measures.length() > 4000) {
            v.add(new Problem.Violation("measures", "required, at most 4000 characters / 请填写整改措施"));
        }
        if (evidence == null || evidence.stream().noneMatch(e -> e != null && !e.isBlank())) {
            v.add(new Problem.Violation("evidence", "at least one piece of evidence / 请提供佐证材料"));
        }
        if (completedOn == null || completedOn.isAfter(today)) {
            v.add(new Problem.Violation("completedOn", "required, not in the future"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid("the rectification report is incomplete / 整改报告不完整", v);
        }
        RectificationReport report = new RectificationReport();
        report.id = UUID.randomUUID();
        report.findingId = id;
        report.summary = summary.strip();
        report.measures = measures.strip();
        report.evidence = evidence.stream().filter(e -> e != null && !e.isBlank()).map(String::strip)
                .toArray(String[]::new);
        report.completedOn = completedOn;
        report.filedBy = by;
        report.filedAt = at;
        status = Status.REPORTED;
        return report;
    }

    /**
     * Refuses a judgement when there is no report to judge (409), or without the conclusion ({@code accept}) or
     * the note (a return).
     */
    public void requireJudgeable(boolean accept, String note) {
        if (accept ? !FindingWorkflow.mayClose(status) : !FindingWorkflow.mayReturn(status)) {
            throw ProblemException.conflict("finding-not-reported", "there is no rectification report to judge"
                    + " / 尚无待审核的整改报告");
        }
        if (note == null || note.isBlank()) {
            throw ProblemException.invalidField(accept ? "conclusion" : "note", "required / 必填");
        }
    }

    /**
     * An inspector judges the latest report: accepted, the finding is closed (销号) with the note as its conclusion;
     * returned, the finding awaits a report again.
     */
    public void judge(RectificationReport latest, boolean accept, String note, String by, Instant at) {
        requireJudgeable(accept, note);
        latest.judge(accept ? RectificationReport.Verdict.ACCEPTED : RectificationReport.Verdict.RETURNED, note, by, at);
        if (accept) {
            status = Status.CLOSED;
            conclusion = note.strip();
            closedBy = by;
            closedAt = at;
        } else {
            status = Status.OPEN;
        }
    }

    /** Refuses a re-check (回头看) unless the follow-up round is on site or at feedback and the finding is closed. */
    public void requireRecheck(InspectionRound followUp) {
        if (!RoundWorkflow.acceptsFindings(followUp.status) || !FindingWorkflow.mayRecheck(status)) {
            throw ProblemException.conflict("recheck-not-possible", "re-checks happen on site or at feedback of the "
                    + "follow-up round, for a closed finding / 回头看须在进驻或反馈阶段、针对已销号问题");
        }
    }

    /** The follow-up round found the finding not fixed: it is open again with a new deadline and no conclusion. */
    public void reopen(InspectionRound followUp, LocalDate due) {
        requireRecheck(followUp);
        status = Status.REOPENED;
        dueOn = due;
        overdueReportedFor = null;
        conclusion = null;
    }

    /** RectificationOverdue was published for the current deadline (once per deadline). */
    public void overdueReported() {
        overdueReportedFor = dueOn;
    }
}
