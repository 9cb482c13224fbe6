package org.benling.contracts.supervision;

import java.time.LocalDate;
import org.benling.contracts.assessment.Grade;

/**
 * One reason a cadre may not be a candidate ({@link CandidateEligibility}), structured: the year and grade of a
 * result, or the last day of an influence period (null while open-ended); the message, in Chinese and English,
 * never names the measure's type, form, reason or the day it was imposed.
 */
public record EligibilityReason(EligibilityCode code, Integer year, Grade grade, LocalDate until, String message) {
}
