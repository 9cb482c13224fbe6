package org.benling.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.hibernate.envers.Audited;

/** A unit's annual training plan (年度培训计划): how many of its cadres to train, for how many 学时, and whom by name. */
@Entity
@Table(name = "training_plan")
@Audited
public class TrainingPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    public int year;

    @Column(nullable = false)
    public String title;

    /** Share of the unit subtree's active cadres to be trained in the year, 0–1. */
    @Column(name = "target_coverage", nullable = false)
    public BigDecimal targetCoverage;

    @Column(name = "target_hours_per_cadre", nullable = false)
    public BigDecimal targetHoursPerCadre;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "designated_cadre_ids", columnDefinition = "uuid[]", nullable = false)
    public UUID[] designatedCadreIds = new UUID[0];

    @Version
    public long version;
}
