package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.contracts.Capability;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Training proposed to a cadre and HR because something happened elsewhere (an event). */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {

    @Schema(name = "ProposalReason")
    public enum Reason {
        /** assessment found a capability shortfall: courses that build it */
        CAPABILITY_GAP,
        /** a posting was approved: pre-posting training */
        PRE_POSTING,
        /** a supervision measure was applied: warning education (警示教育) */
        WARNING_EDUCATION,
        /** a reserve-pool member's development plan (培养计划) asks for training by a day */
        DEVELOPMENT_PLAN
    }

    @Schema(name = "ProposalStatus")
    public enum Status { PROPOSED, ACCEPTED, DISMISSED }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @ManyToOne
    @JoinColumn(name = "course_id")
    public Course course;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Enumerated(EnumType.STRING)
    public Capability capability;

    /** The detail as the rules wrote it, both languages; rows made before detail codes have only this. */
    public String detail;

    /** What the detail says, as a reason code ({@code proposal.CAPABILITY_GAP}) and its parameters. */
    @Column(name = "detail_code")
    public String detailCode;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "detail_params", columnDefinition = "jsonb")
    public Map<String, String> detailParams = new HashMap<>();

    /** The day the training is due by (a development plan's task); none for the other reasons. */
    @Column(name = "due_on")
    public LocalDate dueOn;

    /** The development-plan task in selection that asked for it. */
    @Column(name = "development_task_id")
    public UUID developmentTaskId;

    @Column(name = "source_event_id", nullable = false)
    public UUID sourceEventId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PROPOSED;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Version
    public long version;

    /** Why this was proposed, as data: the code and parameters (the capability in its own words); none for old rows. */
    public Optional<org.benling.contracts.text.Reason> detailReason() {
        if (detailCode == null) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>(detailParams);
        if (capability != null) {
            params.put("capability", capability);
        }
        return Optional.of(new org.benling.contracts.text.Reason(detailCode, params));
    }

    /** The detail in {@code language} ({@code zh}, {@code en}, null for both). */
    public String detail(String language) {
        return detailReason().map(r -> r.text(language)).orElse(detail);
    }

    /** The cadre or HR decides on the suggestion (accepted or dismissed), once. */
    public void decide(Status decision, String by, Instant at) {
        if (status != Status.PROPOSED) {
            throw ProblemException.conflict("already-decided", "the proposal was already " + status.name().toLowerCase());
        }
        status = decision;
        decidedBy = by;
        decidedAt = at;
    }
}
