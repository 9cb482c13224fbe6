package org.benling.assessment.domain.rules;

import java.util.Optional;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.text.Reason;

/**
 * What a supervision measure's effect on the cycle's year means for a review (DOMAIN.md "Penalties and
 * organisational handling"): 警告, 党内警告, 诫勉, 调整职务 → any grade but 优秀; 记过, 严重警告, 免职, 降职 (and 记大过,
 * 降级, 撤职 for two years) → 不定等次, no grade at all; 撤销党内职务, 留党察看, 开除党籍 → 不称职; a pending case → no grade
 * until it is concluded, then the grade is fixed afterwards (补定等次) under the outcome's effect.
 *
 * <p>The messages say what the effect does, never which measure: HR reads them.
 */
public final class SupervisionEffect {

    private SupervisionEffect() {
    }

    /** May the superior propose (or HR fix afterwards) {@code grade} for a year with {@code effect}? */
    public static boolean allows(AnnualEffect effect, Grade grade) {
        return switch (effect) {
            case NONE -> true;
            case NO_EXCELLENT -> grade != Grade.EXCELLENT;
            case INCOMPETENT -> grade == Grade.INCOMPETENT;
            case UNGRADED, PENDING -> false;
        };
    }

    /** The outcome finalisation gives a review with this effect. */
    public static ReviewOutcome outcome(AnnualEffect effect) {
        return switch (effect) {
            case UNGRADED -> ReviewOutcome.UNGRADED;
            case PENDING -> ReviewOutcome.PENDING;
            default -> ReviewOutcome.GRADED;
        };
    }

    /** The grade the effect imposes whatever was proposed (不称职), if any. */
    public static Optional<Grade> imposedGrade(AnnualEffect effect) {
        return effect == AnnualEffect.INCOMPETENT ? Optional.of(Grade.INCOMPETENT) : Optional.empty();
    }

    /** Does finalisation need a proposed grade from the superior? Not where the effect decides the outcome. */
    public static boolean needsProposedGrade(AnnualEffect effect) {
        return effect == AnnualEffect.NONE || effect == AnnualEffect.NO_EXCELLENT;
    }

    /** Is the cadre in the base of the 优秀 quota? Not with 不定等次, nor while a case is pending. */
    public static boolean inQuotaBase(AnnualEffect effect) {
        return effect != AnnualEffect.UNGRADED && effect != AnnualEffect.PENDING;
    }

    /** What the effect does to {@code year}, in the words HR may read; none for a year without an effect. */
    public static Optional<Reason> refusal(AnnualEffect effect, int year) {
        return effect == AnnualEffect.NONE ? Optional.empty() : Optional.of(Reason.of("effect." + effect, "year", year));
    }
}
