package org.benling.training.domain.rules;

import java.util.Collection;

/** How a cadre stands against a training-hour requirement, from fine to worst. */
public enum ComplianceStatus {
    /** The requirement is met. */
    COMPLIANT,
    /** Not met yet, but the year's hours so far keep pace with the year. */
    ON_TRACK,
    /** Promoted before meeting the requirement, and still within the year allowed after promotion. */
    GRACE,
    /** Not met and behind the year's pace: HR should step in (e.g. designate the cadre for training). */
    AT_RISK,
    /** Not met and no time left. */
    SHORTFALL;

    public boolean isWorseThan(ComplianceStatus other) {
        return compareTo(other) > 0;
    }

    /** The most severe of the statuses; COMPLIANT when there are none. */
    public static ComplianceStatus worst(Collection<ComplianceStatus> statuses) {
        ComplianceStatus worst = COMPLIANT;
        for (ComplianceStatus s : statuses) {
            if (s.isWorseThan(worst)) {
                worst = s;
            }
        }
        return worst;
    }
}
