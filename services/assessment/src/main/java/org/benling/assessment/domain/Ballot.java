package org.benling.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/**
 * One anonymous ballot of the democratic evaluation (民主测评): no voter is ever stored, only the account that
 * entered the paper ballots (audited, like every change).
 */
@Entity
@Table(name = "ballot")
@Audited
public class Ballot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "review_id", nullable = false)
    public UUID reviewId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "capability_scores", nullable = false)
    public Map<Capability, Integer> capabilityScores = new EnumMap<>(Capability.class);

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;
}
