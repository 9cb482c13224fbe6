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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.supervision.MeasureType;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.envers.Audited;

/**
 * The check of one cadre's yearly report against the registries (核实): drawn at random, or mandatory for a
 * promotion candidate (提拔必查). Concluded 如实 (truthful), 漏报 (omission) or 瞒报 (concealment); the last two with the
 * measure of the catalogue they bring (DOMAIN.md: 漏报 → 批评教育 or 诫勉; 瞒报 → 诫勉 or heavier, and no promotion
 * for a period). Audited.
 */
@Entity
@Table(name = "spot_check")
@Audited
public class SpotCheck extends PanacheEntityBase {

    @Schema(name = "SpotCheckReason")
    public enum Reason { RANDOM, PROMOTION }

    @Schema(name = "SpotCheckStatus")
    public enum Status { OPEN, CONCLUDED }

    @Schema(name = "SpotCheckResult")
    public enum Result { TRUTHFUL, OMISSION, CONCEALMENT }

    /** 漏报 brings one of these (领导干部报告个人有关事项规定 article 18: 批评教育, 诫勉 …). */
    public static final Set<MeasureType> FOR_OMISSION = Set.of(MeasureType.CRITICISM_EDUCATION, MeasureType.ADMONISHMENT);

    @Id
    public UUID id;

    @Column(name = "draw_id")
    public UUID drawId;

    @Column(name = "cadre_id", nullable = false)
    public UUID cadreId;

    @Column(name = "unit_id", nullable = false)
    public UUID unitId;

    @Column(nullable = false)
    public int year;

    /** The yearly report checked; none when a promotion candidate filed none (which the check then finds). */
    @Column(name = "report_id")
    public UUID reportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reason reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    @Enumerated(EnumType.STRING)
    public Result result;

    @Column(name = "measure_id")
    public UUID measureId;

    public String note;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "concluded_by")
    public String concludedBy;

    @Column(name = "concluded_at")
    public Instant concludedAt;

    @Version
    public long version;

    public static SpotCheck open(Reason reason, UUID drawId, UUID cadreId, UUID unitId, int year, PersonalReport report,
            String by, Instant at) {
        SpotCheck c = new SpotCheck();
        c.id = UUID.randomUUID();
        c.reason = reason;
        c.drawId = drawId;
        c.cadreId = cadreId;
        c.unitId = unitId;
        c.year = year;
        c.openedBy = by;
        c.openedAt = at;
        if (report != null) {
            c.reportId = report.id;
            report.takeUp(at);
        }
        return c;
    }

    /**
     * The measure the result brings, checked against the result: none for 如实, 批评教育 or 诫勉 for 漏报, 诫勉 or
     * heavier (form 2 or above, not a case) for 瞒报, 诫勉 unless named.
     */
    public static MeasureType measureFor(Result result, MeasureType named) {
        return switch (result) {
            case TRUTHFUL -> {
                if (named != null) {
                    throw invalidMeasure("a truthful report brings no measure / 如实报告不作处理");
                }
                yield null;
            }
            case OMISSION -> {
                if (named == null || !FOR_OMISSION.contains(named)) {
                    throw invalidMeasure("an omission brings 批评教育 or 诫勉 / 漏报应给予批评教育或诫勉");
                }
                yield named;
            }
            case CONCEALMENT -> {
                MeasureType type = named == null ? MeasureType.ADMONISHMENT : named;
                if (type.defaultForm() < 2 || type.isPending()) {
                    throw invalidMeasure("a concealment brings 诫勉 or heavier / 瞒报应给予诫勉或更重的处理");
                }
                yield type;
            }
        };
    }

    private static ProblemException invalidMeasure(String message) {
        return ProblemException.invalid("the conclusion is invalid / 核实结论有误",
                List.of(new Problem.Violation("measure", message)));
    }

    /** The inspector concludes the check (once). */
    public void conclude(Result outcome, String remark, UUID measure, String by, Instant at) {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("check-concluded", "the check is concluded already / 该核实已办结");
        }
        status = Status.CONCLUDED;
        result = outcome;
        note = remark == null || remark.isBlank() ? null : remark.strip();
        measureId = measure;
        concludedBy = by;
        concludedAt = at;
    }
}
