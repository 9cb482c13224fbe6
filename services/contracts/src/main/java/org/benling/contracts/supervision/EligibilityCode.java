package org.benling.contracts.supervision;

/** Why a cadre may not be a candidate ({@link CandidateEligibility}). */
public enum EligibilityCode {
    /** a finalised result among the last ones considered is 基本称职 or worse */
    RECENT_GRADE,
    /** a supervision measure's influence period runs */
    MEASURE_IN_INFLUENCE,
    /** a case filed or a suspension for review awaits its conclusion */
    PENDING_CONCLUSION,
    /** the mandatory check of the cadre's personal-matters report (提拔必查) is open */
    CHECK_OPEN
}
