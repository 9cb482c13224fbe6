package org.benling.contracts.supervision;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * What a cadre's measures do to one annual assessment: the heaviest effect of any measure reaching the year (DOMAIN.md:
 * "where several measures apply, the heavier effect wins"), and the measure that decides it.
 */
public record AnnualOutcome(AnnualEffect effect, Optional<MeasureOnRecord> decidedBy) {

    public static AnnualOutcome of(List<MeasureOnRecord> measures, Year year, LocalDate today) {
        AnnualEffect heaviest = AnnualEffect.NONE;
        MeasureOnRecord decisive = null;
        for (MeasureOnRecord m : measures) {
            AnnualEffect effect = m.effectOn(year, today);
            if (effect.ordinal() > heaviest.ordinal()) {
                heaviest = effect;
                decisive = m;
            }
        }
        return new AnnualOutcome(heaviest, Optional.ofNullable(decisive));
    }

    /** No grade may be given now (不定等次, or pending until the case is concluded). */
    public boolean ungraded() {
        return effect == AnnualEffect.UNGRADED || effect == AnnualEffect.PENDING;
    }
}
