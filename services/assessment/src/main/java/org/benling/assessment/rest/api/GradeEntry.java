package org.benling.assessment.rest.api;

import jakarta.annotation.Nullable;
import java.util.List;
import org.benling.assessment.domain.rules.Consequences;
import org.benling.assessment.domain.rules.ReviewOutcome;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * @param grade   the final grade; null for a year without one
 * @param outcome GRADED, UNGRADED (不定等次) or PENDING (a case awaits its conclusion)
 * @param effect  what a supervision measure did to a year without a grade (UNGRADED or PENDING); null when graded
 * @param note    why a year has no grade, in HR's words and the caller's language (never the measure); null when graded
 */
@Schema(name = "GradeEntry")
public record GradeEntry(int year, @Nullable Grade grade, ReviewOutcome outcome, @Nullable AnnualEffect effect,
        @Nullable String note, List<Consequences.Kind> consequences) {
}
