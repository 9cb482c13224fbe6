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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.Influence;
import org.benling.contracts.supervision.MeasureRule;
import org.benling.contracts.supervision.MeasureType;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;

/**
 * A measure of the catalogue applied to a cadre (党纪处分, 政务处分, 组织处理, 诫勉, form-1 measures, a case filed),
 * stamped with the catalogue row it was imposed under (influence and annual effects), so a later change of policy
 * never rewrites it. It decides its own changes: it expires when its period is over, is revoked, or, while open-ended
 * (a case, a suspension), is concluded with an outcome. Restricted; audited.
 */
@Entity
@Table(name = "measure")
@Audited
public class Measure extends PanacheEntityBase {

    @Schema(name = "MeasureStatus")
    public enum Status {
        /** in its influence period (or without one, on record), or a case still pending */
        IN_FORCE,
        /** the influence period ended */
        EXPIRED,
        /** revoked (撤销): it never counted */
        REVOKED,
        /** a case or suspension concluded, with its outcome */
        CONCLUDED
    }

    @Id
    public UUID id;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    /** The cadre's unit when the measure was applied. */
    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeasureType type;

    @Column(nullable = false)
    public int form;

    @Column(name = "applied_on", nullable = false)
    public LocalDate appliedOn;

    /** The influence it was imposed under, as the policy spells it ({@code 12}, {@code until-concluded} …). */
    @Column
    public String influence;

    /** The last day of its influence; null while open-ended (a pending case, 开除党籍). */
    @Column(name = "influence_until")
    public LocalDate influenceUntil;

    /** Its effect on the annual assessment of the year imposed and the following ones, comma-separated. */
    @Column(name = "annual_effects")
    public String annualEffects;

    @Column(nullable = false)
    public String reason;

    @Column(name = "finding_id")
    public UUID findingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.IN_FORCE;

    @Column(name = "lifted_on")
    public LocalDate liftedOn;

    @Column(name = "lift_reason")
    public String liftReason;

    /** For a concluded case: the penalty its conclusion imposed (null: none). */
    @Enumerated(EnumType.STRING)
    @Column
    public MeasureType outcome;

    /** For a penalty imposed by the conclusion of a case: that case. */
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    @Version
    public long version;

    /**
     * A new measure of {@code rule}'s type in {@code form} (one of the forms the type may take), applied on
     * {@code appliedOn}, with the rule's influence and annual effects stamped on it.
     */
    public static Measure impose(UUID cadreId, UUID unitId, MeasureRule rule, int form, LocalDate appliedOn, String reason,
            String by, Instant at) {
        if (!rule.type().forms().contains(form)) {
            throw ProblemException.invalidField("form", rule.type().chineseName() + " is form "
                    + rule.type().forms() + " / 该措施不属于第" + form + "种形态");
        }
        Measure m = new Measure();
        m.id = UUID.randomUUID();
        m.cadreId = cadreId;
        m.unitId = unitId;
        m.stamp(rule, form);
        m.appliedOn = appliedOn;
        m.influenceUntil = rule.influence().lastDay(appliedOn);
        m.reason = reason.strip();
        m.decidedBy = by;
        m.decidedAt = at;
        return m;
    }

    /** Stamps the catalogue row (a measure of before the catalogue, by the migration, keeps its own dates). */
    public void stamp(MeasureRule rule, int form) {
        type = rule.type();
        this.form = rule.type().forms().contains(form) ? form : rule.type().defaultForm();
        influence = rule.influence().toString();
        annualEffects = String.join(",", rule.effects().stream().map(Enum::name).toList());
    }

    public Influence influence() {
        return Influence.parse(influence);
    }

    public List<AnnualEffect> annualEffects() {
        return annualEffects == null || annualEffects.isBlank() ? List.of()
                : Arrays.stream(annualEffects.split(",")).map(AnnualEffect::valueOf).toList();
    }

    /** Runs until it is concluded (a case filed, a suspension for review). */
    public boolean openEnded() {
        return influence().kind() == Influence.Kind.UNTIL_CONCLUDED;
    }

    /** Has influence at all (form-1 measures have none: their last day is the day before they are applied). */
    public boolean hasInfluence() {
        return influence().kind() != Influence.Kind.NONE;
    }

    /** Its influence period is over on {@code today}: it expires the day after its last day. */
    public boolean expire(LocalDate today) {
        if (status != Status.IN_FORCE || influenceUntil == null || !influenceUntil.isBefore(today)) {
            return false;
        }
        status = Status.EXPIRED;
        liftedOn = influenceUntil.plusDays(1);
        liftReason = "影响期满 / influence period ended";
        return true;
    }

    /** 撤销: it never counted. */
    public void revoke(LocalDate on, String why) {
        if (status == Status.REVOKED) {
            throw ProblemException.conflict("measure-revoked", "the measure is already revoked / 该措施已撤销");
        }
        status = Status.REVOKED;
        liftedOn = on;
        liftReason = why.strip();
    }

    /**
     * A case or suspension concluded on {@code on}, with the penalty it imposed ({@code null}: none); only while it
     * is pending, and not before it was filed.
     */
    public void conclude(LocalDate on, MeasureType penalty, String why) {
        if (!openEnded()) {
            throw ProblemException.conflict("measure-not-pending",
                    "only a case filed or a suspension for review is concluded / 仅立案审查调查、停职检查需作出结论");
        }
        if (status != Status.IN_FORCE) {
            throw ProblemException.conflict("measure-not-pending", "the matter is already " + status.name().toLowerCase()
                    + " / 该事项已结束");
        }
        if (on.isBefore(appliedOn)) {
            throw ProblemException.invalidField("concludedOn", "not before the day it was filed, " + appliedOn
                    + " / 结论日期不得早于立案日期");
        }
        if (penalty != null && penalty.isPending()) {
            throw ProblemException.invalidField("outcome", "the outcome is a penalty or handling, not another case / 结论应为处分或处理");
        }
        status = Status.CONCLUDED;
        liftedOn = on;
        liftReason = why.strip();
        outcome = penalty;
    }
}
