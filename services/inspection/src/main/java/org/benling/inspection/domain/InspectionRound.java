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
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.rules.RoundWorkflow;
import org.benling.inspection.domain.rules.RoundWorkflow.Command;
import org.benling.inspection.domain.rules.RoundWorkflow.Status;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A round of 巡视 (the bureau inspecting provincial administrations), 巡察 (a province its municipal ones) or 经济责任审计
 * (a unit's leader audited on leaving post or during the term, by the bureau or a province: one target, the leader's
 * unit). Its findings follow one rectification flow whatever the kind. It moves through its stages by RoundWorkflow:
 * every change of its status is a method here. Audited.
 */
@Entity
@Table(name = "inspection_round")
@Audited
public class InspectionRound extends PanacheEntityBase {

    @Schema(name = "RoundKind")
    public enum Kind {
        /** 巡视: by the bureau, of provincial administrations */
        INSPECTION,
        /** 巡察: by a provincial administration, of its municipal ones */
        CIRCUIT,
        /** 经济责任审计: of a unit's leader, by the bureau or a provincial administration above the unit */
        AUDIT
    }

    /** 离任审计 on leaving post, 任中审计 during the term. */
    @Schema(name = "AuditType")
    public enum AuditType { DEPARTURE, IN_TERM }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The inspecting unit: the bureau for 巡视, a provincial administration for 巡察. */
    @Column(name = "owner_unit_id", nullable = false)
    public UUID ownerUnitId;

    @Column(nullable = false)
    public String title;

    @Column(name = "team_leader", nullable = false)
    public String teamLeader;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "team_members", columnDefinition = "text[]", nullable = false)
    public String[] teamMembers = new String[0];

    @Column(name = "on_site_start", nullable = false)
    public LocalDate onSiteStart;

    @Column(name = "on_site_end", nullable = false)
    public LocalDate onSiteEnd;

    /** Planned feedback date; {@link #feedbackOn} is the day feedback was actually given. */
    @Column(name = "feedback_date", nullable = false)
    public LocalDate feedbackDate;

    @Column(name = "feedback_on")
    public LocalDate feedbackOn;

    /** A follow-up round (回头看) re-checks closed findings of this earlier round. */
    @Column(name = "follow_up_of")
    public UUID followUpOf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PLANNED;

    /** For an audit: its type, the leader audited and the period of office audited. */
    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type")
    public AuditType auditType;

    @Column(name = "auditee_cadre_id")
    public UUID auditeeCadreId;

    @Column(name = "audit_from")
    public LocalDate auditFrom;

    @Column(name = "audit_to")
    public LocalDate auditTo;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The feedback day rectification deadlines count from: the actual one once given, else the planned one. */
    public LocalDate feedbackDay() {
        return feedbackOn != null ? feedbackOn : feedbackDate;
    }

    /** Whether the workflow allows the command now (who may give it is the caller's question). */
    public boolean allows(Command command) {
        return RoundWorkflow.allowed(status, command);
    }

    /** Refuses a stale version (someone else changed the round since the caller read it). */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw ProblemException.conflict("stale", "the round was changed by someone else; reload it");
        }
    }

    /** Refuses, with 409, a command the workflow does not allow in the round's stage. */
    public void requireAllowed(Command command) {
        if (!allows(command)) {
            throw ProblemException.conflict("invalid-transition", "cannot " + command.name().toLowerCase()
                    + " a round that is " + status.name().toLowerCase() + " / 当前阶段不能执行该操作");
        }
    }

    /** The team went on site (进驻). */
    public void start() {
        move(Command.START);
    }

    /**
     * Feedback (反馈) was given on {@code day}, between the on-site start and {@code today}. The round enters the
     * feedback stage with {@link #feedbackGiven} once the deadlines that follow the feedback have moved.
     */
    public void recordFeedback(LocalDate day, LocalDate today) {
        requireAllowed(Command.FEEDBACK);
        if (day.isAfter(today) || day.isBefore(onSiteStart)) {
            throw ProblemException.invalidField("feedbackOn", "between the on-site start and today");
        }
        feedbackOn = day;
    }

    /** The round enters the feedback stage, its feedback day recorded ({@link #recordFeedback}). */
    public void feedbackGiven() {
        if (feedbackOn == null) {
            throw new IllegalStateException("record the feedback day first");
        }
        move(Command.FEEDBACK);
    }

    /** The inspected units rectify (整改). */
    public void rectify() {
        move(Command.RECTIFY);
    }

    /** Closes the round; refused (422) while {@code openFindings} of its findings are not closed yet. */
    public void close(long openFindings) {
        requireAllowed(Command.CLOSE);
        if (openFindings > 0) {
            throw ProblemException.ruleViolated("findings-open", openFindings + " 个问题尚未整改销号，不能结束本轮 / "
                    + openFindings + " finding(s) are not closed yet", List.of());
        }
        move(Command.CLOSE);
    }

    /** Moves the round on by the workflow (RoundWorkflow.next), or refuses with 409. */
    private void move(Command command) {
        requireAllowed(command);
        status = RoundWorkflow.next(status, command);
    }
}
