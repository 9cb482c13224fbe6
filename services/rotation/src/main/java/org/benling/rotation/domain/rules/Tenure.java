package org.benling.rotation.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tenure in the same post (党政领导干部交流工作规定): a leader 10 years in the same post must rotate, 5 for key
 * posts (both configurable). Due on the anniversary; soon due in the months before it.
 */
public final class Tenure {

    @Schema(name = "TenureStatus")
    public enum Status { DUE, SOON_DUE, NOT_DUE }

    @Schema(name = "TenureAssessment")
    public record Assessment(Status status, LocalDate dueOn, int limitYears, Period inPost) {
    }

    private Tenure() {
    }

    public static Assessment assess(LocalDate postSince, boolean keyPost, LocalDate today, RotationPolicy policy) {
        int limit = keyPost ? policy.keyPostTenureYears() : policy.tenureYears();
        LocalDate dueOn = postSince.plusYears(limit);
        Status status = !today.isBefore(dueOn) ? Status.DUE
                : !today.isBefore(dueOn.minusMonths(policy.soonDueMonths())) ? Status.SOON_DUE : Status.NOT_DUE;
        return new Assessment(status, dueOn, limit, Period.between(postSince, today.isBefore(postSince) ? postSince : today));
    }
}
