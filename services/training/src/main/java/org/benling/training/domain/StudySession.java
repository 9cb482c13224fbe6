package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.training.StudySessionRecorded;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.training.domain.rules.StudySessionRules;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * A study session of a unit's leadership team (理论学习中心组学习): the topic, the day, the 学时 of the sitting, who
 * spoke, which of the unit's cadres attended, the research and exchange materials (调研报告、交流材料) and the
 * capabilities studied. Learning evidence of each attendee; corrections are audited (Envers).
 */
@Entity
@Table(name = "study_session")
@Audited
public class StudySession extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The unit whose leadership team studied. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false)
    public BigDecimal hours;

    /** Who spoke (主讲、领学、交流发言), by name. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] speakers = new String[0];

    /** The members of the leadership team who attended: active cadres of the unit. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "attendee_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] attendeeIds = new UUID[0];

    /** Titles of the research reports and exchange materials the session heard. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] reports = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]", nullable = false)
    public String[] capabilities = new String[0];

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;

    public Set<Capability> capabilitySet() {
        return EnumSetColumn.toSet(capabilities, Capability.class);
    }

    public List<UUID> attendees() {
        return List.of(attendeeIds);
    }

    public boolean attendedBy(UUID cadreId) {
        return cadreId != null && Arrays.asList(attendeeIds).contains(cadreId);
    }

    /**
     * What the session was, as recorded (or corrected) by {@code by} at {@code at}: the 学时 at scale 2, the
     * capabilities named or the default ones ({@link StudySessionRules}), each attendee once.
     */
    public void record(String topic, LocalDate heldOn, BigDecimal hours, List<String> speakers, List<UUID> attendees,
            List<String> reports, Set<Capability> capabilities, String by, Instant at) {
        this.topic = topic.strip();
        this.heldOn = heldOn;
        this.hours = StudySessionRules.hours(hours);
        this.speakers = speakers.stream().map(String::strip).toArray(String[]::new);
        this.attendeeIds = attendees.stream().distinct().toArray(UUID[]::new);
        this.reports = reports.stream().map(String::strip).toArray(String[]::new);
        this.capabilities = EnumSetColumn.toArray(StudySessionRules.capabilities(capabilities));
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public StudySessionRecorded toEvent() {
        return new StudySessionRecorded(id, unitId, topic, heldOn, hours, capabilitySet(), attendees());
    }
}
