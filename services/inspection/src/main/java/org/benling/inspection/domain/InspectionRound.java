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
import java.util.UUID;
import org.benling.inspection.domain.rules.RoundWorkflow.Status;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** A round of 巡视 (the bureau inspecting provincial administrations) or 巡察 (a province its municipal ones). */
@Entity
@Table(name = "inspection_round")
@Audited
public class InspectionRound extends PanacheEntityBase {

    @Schema(name = "RoundKind")
    public enum Kind {
        /** 巡视: by the bureau, of provincial administrations */
        INSPECTION,
        /** 巡察: by a provincial administration, of its municipal ones */
        CIRCUIT
    }

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
}
