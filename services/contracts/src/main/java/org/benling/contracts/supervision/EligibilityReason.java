package org.benling.contracts.supervision;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.text.Reason;

/**
 * One reason a cadre may not be a candidate ({@link CandidateEligibility}), structured: the year and grade of a
 * result (and how many recent results count), or the last day of an influence period (null while open-ended); the
 * message, in the reader's language ({@link #in}), never names the measure's type, form, reason or the day it was
 * imposed.
 */
public record EligibilityReason(EligibilityCode code, @Nullable Integer year, @Nullable Grade grade,
        @Nullable Integer considered, @Nullable LocalDate until, String message) {

    static EligibilityReason of(EligibilityCode code, Integer year, Grade grade, Integer considered, LocalDate until) {
        EligibilityReason bare = new EligibilityReason(code, year, grade, considered, until, null);
        return bare.in(null);
    }

    /** The code and parameters, for texts that quote this reason. */
    public Reason reason() {
        String key = code == EligibilityCode.MEASURE_IN_INFLUENCE && until == null ? code + "_OPEN" : code.name();
        return Reason.of("eligibility." + key, "year", year, "grade", grade, "considered", considered, "until", until);
    }

    /** The same reason with its message in {@code zh}, {@code en}, or (null) both. */
    public EligibilityReason in(String language) {
        return new EligibilityReason(code, year, grade, considered, until, reason().text(language));
    }
}
