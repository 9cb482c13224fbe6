package org.benling.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.benling.assessment.domain.rules.GapRule;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A capability shortfall (能力短板) of a cadre, open until the score recovers. */
@Entity
@Table(name = "gap")
public class Gap extends PanacheEntityBase {

    @Schema(name = "GapStatus")
    public enum Status { OPEN, CLOSED }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Capability capability;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public GapRule.Reason reason;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public int threshold;

    @Column(nullable = false)
    public String explanation;

    @Column(name = "cycle_year", nullable = false)
    public int cycleYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_score")
    public Integer closedScore;

    /**
     * The gap is still open at a new score: its score, reason, threshold and explanation say what holds now (the
     * explanation of the day it opened would show a score it no longer has).
     */
    public void stillBelow(int newScore, GapRule.Gap now) {
        score = newScore;
        reason = now.reason();
        threshold = now.threshold();
        explanation = now.explanation();
    }
}
