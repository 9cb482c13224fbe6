package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.persistence.EnumSetColumn;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/** 学时 that count for a cadre. Corrections are audited (Envers), never silent overwrites. */
@Entity
@Table(name = "training_record")
@Audited
public class TrainingRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TrainingCompleted.Source source;

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

    public String evidence;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Version
    public long version;

    public Set<Capability> capabilitySet() {
        return EnumSetColumn.toSet(capabilities, Capability.class);
    }

    public void capabilities(Set<Capability> values) {
        capabilities = EnumSetColumn.toArray(values);
    }

    public TrainingCompleted toEvent() {
        return new TrainingCompleted(id, cadreId, courseId, title, source, capabilitySet(), hours, online, completedOn);
    }
}
