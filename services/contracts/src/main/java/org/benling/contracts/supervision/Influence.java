package org.benling.contracts.supervision;

import java.time.LocalDate;

/**
 * A measure's promotion influence period (影响期: no promotion or heavier use): none, a number of months (for
 * 留党察看 its period plus 12 months), until the matter is concluded (a case filed, a suspension), or for good
 * (开除党籍).
 *
 * @param months for {@link Kind#MONTHS}: the whole period in months; otherwise 0
 */
public record Influence(Kind kind, int months) {

    public enum Kind {
        NONE, MONTHS, UNTIL_CONCLUDED, PERMANENT
    }

    public Influence {
        if (kind == null) {
            throw new IllegalArgumentException("an influence needs a kind");
        }
        if (kind == Kind.MONTHS ? months <= 0 : months != 0) {
            throw new IllegalArgumentException("months only for a period of months, and then at least 1: " + months);
        }
    }

    public static Influence none() {
        return new Influence(Kind.NONE, 0);
    }

    public static Influence months(int months) {
        return months == 0 ? none() : new Influence(Kind.MONTHS, months);
    }

    public static Influence untilConcluded() {
        return new Influence(Kind.UNTIL_CONCLUDED, 0);
    }

    public static Influence permanent() {
        return new Influence(Kind.PERMANENT, 0);
    }

    /**
     * The policy's spelling: {@code none}, a number of months ({@code 12}), a period plus months ({@code 12+12}),
     * {@code until-concluded} or {@code permanent}.
     */
    public static Influence parse(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "none", "0" -> none();
            case "until-concluded" -> untilConcluded();
            case "permanent" -> permanent();
            default -> {
                int months = 0;
                for (String part : t.split("\\+")) {
                    months += Integer.parseInt(part.strip());
                }
                yield months(months);
            }
        };
    }

    /**
     * The last day of the period for a measure applied on {@code appliedOn} (12 months from 10 January: through
     * 9 January next year); {@code null} when it has no fixed end (until concluded, for good). A measure without
     * influence ends the day before it is applied, so that it never blocks anything.
     */
    public LocalDate lastDay(LocalDate appliedOn) {
        return switch (kind) {
            case NONE -> appliedOn.minusDays(1);
            case MONTHS -> appliedOn.plusMonths(months).minusDays(1);
            case UNTIL_CONCLUDED, PERMANENT -> null;
        };
    }

    @Override
    public String toString() {
        return kind == Kind.MONTHS ? Integer.toString(months) : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
