package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import org.benling.contracts.supervision.AnnualEffect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the supervision measures do to the review's year, in the words HR may read (no type, form or reason).
 *
 * @param effect             NONE, NO_EXCELLENT, PENDING (a case awaits its conclusion), UNGRADED (不定等次) or
 *                           INCOMPETENT (不称职 imposed)
 * @param note               why, for people; null when the year is free
 * @param gradableAfterwards a review finalised while a case was pending whose case is now concluded: HR fixes the
 *                           grade (补定等次)
 */
@Schema(name = "ReviewSupervision")
public record Supervision(AnnualEffect effect, String effectName, @Nullable String note, boolean gradableAfterwards) {
}
