package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * 学时 a cadre reports for training outside the bureau's classes (自学, a university course, a lecture), with the
 * evidence. They count for nothing while pending: HR of the cadre's unit reads the evidence and accepts the claim,
 * which becomes a training record (and TrainingCompleted), or rejects it with the reason. Audited.
 */
@Entity
@Table(name = "hours_claim")
@Audited
public class HoursClaim extends PanacheEntityBase {

    @Schema(name = "HoursClaimStatus")
    public enum Status {
        /** reported, not counted yet */
        PENDING,
        /** HR accepted the evidence: a training record counts the hours */
        ACCEPTED,
        /** HR did not accept the evidence: nothing counts */
        REJECTED
    }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] capabilities = new String[0];

    @Column(nullable = false)
    public BigDecimal hours;

    public boolean online;

    @Column(name = "off_job_days", nullable = false)
    public int offJobDays;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    public String provider;

    @Column(nullable = false)
    public String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.PENDING;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** HR's acceptance or rejection, with its note (a rejection's reason). */
    @Embedded
    public Decision decision;

    /** The training record an accepted claim became. */
    @Column(name = "record_id")
    public UUID recordId;

    @Version
    public long version;

    public Set<Capability> capabilitySet() {
        return EnumSetColumn.toSet(capabilities, Capability.class);
    }

    public void capabilities(Set<Capability> values) {
        capabilities = EnumSetColumn.toArray(values);
    }

    /** HR accepts the evidence: the claim becomes a training record of the cadre, entered by {@code by}. */
    public TrainingRecord accept(String by, Instant at, String note) {
        requirePending();
        status = Status.ACCEPTED;
        decision = Decision.of(by, at, note);
        TrainingRecord r = new TrainingRecord();
        r.id = UUID.randomUUID();
        r.cadreId = cadreId;
        r.title = title;
        r.source = TrainingCompleted.Source.EXTERNAL;
        r.capabilities = capabilities.clone();
        r.hours = hours;
        r.online = online;
        r.offJobDays = online ? 0 : offJobDays;
        r.completedOn = completedOn;
        r.provider = provider;
        r.evidence = evidence + "（本人申报，" + by + " 审核认定）";
        r.enteredBy = by;
        recordId = r.id;
        return r;
    }

    /** HR does not accept the evidence; the reason is kept and nothing counts. */
    public void reject(String by, Instant at, String reason) {
        requirePending();
        status = Status.REJECTED;
        decision = Decision.of(by, at, reason);
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw ProblemException.conflict("claim-decided", "the claim was already " + status.name().toLowerCase()
                    + " / 该申报已审核");
        }
    }
}
