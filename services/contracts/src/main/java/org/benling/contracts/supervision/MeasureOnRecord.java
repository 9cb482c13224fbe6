package org.benling.contracts.supervision;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;

/**
 * A measure as the services that honour it know it: its type and form, the catalogue row it was imposed under
 * (influence and annual effects travel with it, so a later change of policy does not rewrite it), and how it
 * ended.
 *
 * @param endedOn  the day it was lifted early (解除) or its case concluded; null while it runs or when it simply
 *                 ran out (an expiry does not cut the effect on a later year: 记大过 in March still leaves the
 *                 next year 不定等次)
 * @param revoked  revoked (撤销): it never counted
 */
public record MeasureOnRecord(UUID measureId, MeasureType type, int form, LocalDate appliedOn, Influence influence,
        List<AnnualEffect> effects, LocalDate endedOn, boolean revoked) {

    public MeasureOnRecord {
        effects = List.copyOf(effects);
    }

    public static MeasureOnRecord imposed(UUID measureId, MeasureRule rule, int form, LocalDate appliedOn) {
        return new MeasureOnRecord(measureId, rule.type(), form, appliedOn, rule.influence(), rule.effects(), null, false);
    }

    /** The last day of its promotion influence; null when it is open (a pending case, 开除党籍) or never counted. */
    public LocalDate influenceLastDay() {
        if (revoked) {
            return null;
        }
        LocalDate natural = influence.lastDay(appliedOn);
        if (endedOn != null && (natural == null || endedOn.isBefore(natural.plusDays(1)))) {
            return endedOn.minusDays(1);
        }
        return natural;
    }

    /** Is its promotion influence running on {@code day}? */
    public boolean influences(LocalDate day) {
        if (revoked || influence.kind() == Influence.Kind.NONE || day.isBefore(appliedOn)) {
            return false;
        }
        LocalDate last = influenceLastDay();
        boolean open = last == null && endedOn == null;
        return open || last != null && !day.isAfter(last);
    }

    /** A case or suspension not yet concluded on {@code day}. */
    public boolean pendingOn(LocalDate day) {
        return !revoked && type.isPending() && !day.isBefore(appliedOn) && (endedOn == null || day.isBefore(endedOn));
    }

    /**
     * Its effect on the annual assessment of {@code year}, judged on {@code today}: the catalogue row's effect for
     * that year; a case or suspension: pending for every year from the one it was filed in while it is not
     * concluded, nothing once it is (the outcome, if a penalty, is a measure of its own); nothing for the years
     * after an early lift, nor ever for a revoked one.
     */
    public AnnualEffect effectOn(Year year, LocalDate today) {
        if (revoked || year.getValue() < appliedOn.getYear()) {
            return AnnualEffect.NONE;
        }
        if (type.isPending()) {
            return pendingOn(today) ? AnnualEffect.PENDING : AnnualEffect.NONE;
        }
        if (endedOn != null && year.getValue() > endedOn.getYear()) {
            return AnnualEffect.NONE;
        }
        int yearsAfter = year.getValue() - appliedOn.getYear();
        return yearsAfter < effects.size() ? effects.get(yearsAfter) : AnnualEffect.NONE;
    }
}
