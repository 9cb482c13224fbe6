package org.benling.contracts.inspection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.contracts.supervision.Influence;
import org.benling.contracts.supervision.MeasureType;

/**
 * Version 1 of {@link MeasureApplied}, still accepted while producers change over: a name of the old list of ten
 * measures and a fixed last day of influence, which blocked 优秀 in every year it reached. Consumers read it as a
 * version 2 event that keeps exactly that meaning ({@link #upgraded}).
 */
public record MeasureAppliedV1(UUID measureId, UUID cadreId, int form, String measure, LocalDate appliedOn,
        LocalDate influenceUntil) {

    /** The names version 1 used, where they differ from the catalogue's. */
    private static final Map<String, MeasureType> OLD_NAMES = Map.of("谈话提醒", MeasureType.TALK_REMINDER,
            "立案审查", MeasureType.CASE_FILED);

    /**
     * The same measure as version 2: its type by name; its influence the months from the day it was applied to
     * its last day (none when that day is before it); no 优秀 in every year the period reached, as version 1 meant.
     */
    public MeasureApplied upgraded() {
        MeasureType type = typeOf(measure);
        long months = influenceUntil.isBefore(appliedOn) ? 0
                : ChronoUnit.MONTHS.between(appliedOn, influenceUntil.plusDays(1));
        Influence influence = Influence.months((int) months);
        List<AnnualEffect> effects = new ArrayList<>();
        for (int year = appliedOn.getYear(); months > 0 && year <= influenceUntil.getYear(); year++) {
            effects.add(AnnualEffect.NO_EXCELLENT);
        }
        // a fixed period of version 1 stays a fixed period, even for a case (version 1 had no open-ended kind)
        return new MeasureApplied(measureId, cadreId, type, type.family(), form, measure, appliedOn, influence.toString(),
                influenceUntil, effects, null);
    }

    static MeasureType typeOf(String name) {
        MeasureType old = OLD_NAMES.get(name);
        if (old != null) {
            return old;
        }
        for (MeasureType type : MeasureType.values()) {
            if (type.chineseName().equals(name)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a measure of version 1: " + name);
    }
}
