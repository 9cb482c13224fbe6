package org.benling.contracts.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the catalogue: what a type of measure does — its promotion influence and its effect on the annual
 * assessment of the year it is imposed ({@code effects[0]}), the next ({@code effects[1]}), and so on.
 */
public record MeasureRule(MeasureType type, Influence influence, List<AnnualEffect> effects) {

    public MeasureRule {
        effects = List.copyOf(effects);
        if (type.isPending() != (influence.kind() == Influence.Kind.UNTIL_CONCLUDED)) {
            throw new IllegalArgumentException(type + ": lasts until concluded exactly when it is a case or a suspension");
        }
    }

    /** The effect on the assessment of the year {@code yearsAfter} years after the one the measure was imposed in. */
    public AnnualEffect effectIn(int yearsAfter) {
        return yearsAfter >= 0 && yearsAfter < effects.size() ? effects.get(yearsAfter) : AnnualEffect.NONE;
    }

    /**
     * The policy's spelling of a row, {@code influence;effects}: e.g. {@code 18;UNGRADED,UNGRADED} (记大过),
     * {@code 12+12;INCOMPETENT,UNGRADED} (留党察看一年), {@code none;} (提醒谈话).
     */
    public static MeasureRule parse(MeasureType type, String text) {
        String[] parts = text.split(";", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException(type + ": '" + text + "' is not influence;effects");
        }
        List<AnnualEffect> effects = new ArrayList<>();
        for (String effect : parts[1].split(",")) {
            if (!effect.isBlank()) {
                effects.add(AnnualEffect.valueOf(effect.strip().toUpperCase(Locale.ROOT)));
            }
        }
        return new MeasureRule(type, Influence.parse(parts[0]), effects);
    }

    /** The same spelling back (for the configuration's documentation and the events). */
    public String spelled() {
        return influence + ";" + String.join(",", effects.stream().map(Enum::name).toList());
    }
}
