package org.benling.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One cadre's review in a cycle: self-report (述职述责述廉), the superior's rating, scores for 实绩/作风/行为 and
 * each capability, the proposed grade and, once the cycle is finalised, the final grade. Audited.
 */
@Entity
@Table(name = "review")
@Audited
public class Review extends PanacheEntityBase {

    @Schema(name = "ReviewStatus")
    public enum Status { OPEN, FINALIZED }

    @Id
    public UUID id;

    @Column(name = "cycle_id", nullable = false)
    public UUID cycleId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(nullable = false)
    public int year;

    @Column(name = "self_report")
    public String selfReport;

    @Column(name = "self_reported_at")
    public Instant selfReportedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "superior_grade")
    public Grade superiorGrade;

    @Column(name = "superior_comment")
    public String superiorComment;

    @Column(name = "rated_by")
    public String ratedBy;

    /** 实绩 */
    @Column(name = "performance_score")
    public Integer performanceScore;

    /** 作风 */
    @Column(name = "style_score")
    public Integer styleScore;

    /** 行为 */
    @Column(name = "conduct_score")
    public Integer conductScore;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "capability_scores", nullable = false)
    public Map<Capability, Integer> capabilityScores = new EnumMap<>(Capability.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    public Grade proposedGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_grade")
    public Grade finalGrade;

    /** The rating the profile uses: the superior's capability scores blended with the ballots' averages. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "final_capability_scores")
    public Map<Capability, Integer> finalCapabilityScores;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Version
    public long version;
}
