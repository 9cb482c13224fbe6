package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.supervision.MeasureType;

/**
 * A supervision measure's influence ended ({@link #EXPIRED}, or lifted early), it was revoked ({@link #REVOKED}: it
 * never counted), or a case or suspension was concluded ({@link #CONCLUDED}, with its {@code outcome}: the type of
 * the penalty imposed, null for none, and {@code outcomeEffect}, what that outcome does to the years the matter was
 * pending; a penalty imposed also comes as a {@link MeasureApplied} of its own). Key: cadre id.
 */
public record MeasureLifted(UUID measureId, UUID cadreId, LocalDate liftedOn, String reason, MeasureType outcome,
        AnnualEffect outcomeEffect) {

    /** The influence period ran out. */
    public static final String EXPIRED = "EXPIRED";
    /** 撤销: the measure never counted. */
    public static final String REVOKED = "REVOKED";
    /** A case or suspension was concluded. */
    public static final String CONCLUDED = "CONCLUDED";

    public MeasureLifted(UUID measureId, UUID cadreId, LocalDate liftedOn, String reason) {
        this(measureId, cadreId, liftedOn, reason, null, null);
    }

    /** The measure after this event. */
    public MeasureOnRecord applyTo(MeasureOnRecord measure) {
        if (REVOKED.equalsIgnoreCase(reason)) {
            return measure.revoked(liftedOn);
        }
        if (CONCLUDED.equalsIgnoreCase(reason)) {
            return measure.concluded(liftedOn, outcomeEffect == null ? AnnualEffect.NONE : outcomeEffect);
        }
        if (EXPIRED.equalsIgnoreCase(reason)) {
            return measure; // it simply ran out: its period had that end already, and its effects on later years stay
        }
        return measure.endedOn(liftedOn);
    }
}
