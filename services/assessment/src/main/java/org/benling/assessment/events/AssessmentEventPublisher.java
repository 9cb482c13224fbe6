package org.benling.assessment.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.domain.Gap;
import org.benling.assessment.domain.Review;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.AssessmentEvents;
import org.benling.contracts.assessment.CapabilityGapIdentified;
import org.benling.contracts.assessment.CapabilityProfileChanged;
import org.benling.contracts.assessment.GapClosed;
import org.benling.contracts.assessment.ReviewFinalized;
import org.benling.contracts.assessment.SelfReportFiled;
import org.benling.contracts.assessment.SelfReportRequested;
import org.benling.platform.outbox.Outbox;

/** Writes the assessment events to the outbox, in the transaction of the change they report. */
@ApplicationScoped
public class AssessmentEventPublisher {

    @Inject Outbox outbox;

    public void finalized(Review review, java.util.UUID unitId) {
        outbox.publish(AssessmentEvents.REVIEW_FINALIZED, AssessmentEvents.SOURCE, review.cadreId.toString(),
                new ReviewFinalized(review.id, review.cadreId, unitId, review.year, review.finalGrade));
    }

    /** The cycle's cadres are asked for their self-reports (one event a review, in one batch). */
    public void selfReportsRequested(Cycle cycle, List<Review> reviews) {
        outbox.publishAll(reviews.stream().map(r -> new Outbox.Pending<>(AssessmentEvents.SELF_REPORT_REQUESTED,
                AssessmentEvents.SOURCE, r.cadreId.toString(), new SelfReportRequested(r.id, cycle.id, r.cadreId,
                        cycle.unitId, cycle.year, cycle.selfReportDue))).toList());
    }

    public void selfReportFiled(Review review, LocalDate on) {
        outbox.publish(AssessmentEvents.SELF_REPORT_FILED, AssessmentEvents.SOURCE, review.cadreId.toString(),
                new SelfReportFiled(review.id, review.cycleId, review.cadreId, on));
    }

    public void gapIdentified(Gap gap) {
        outbox.publish(AssessmentEvents.CAPABILITY_GAP_IDENTIFIED, AssessmentEvents.SOURCE, gap.cadreId.toString(),
                new CapabilityGapIdentified(gap.id, gap.cadreId, gap.capability, gap.score, gap.threshold, gap.cycleYear,
                        gap.explanation));
    }

    public void gapClosed(Gap gap) {
        outbox.publish(AssessmentEvents.GAP_CLOSED, AssessmentEvents.SOURCE, gap.cadreId.toString(),
                new GapClosed(gap.id, gap.cadreId, gap.capability, gap.closedScore, gap.cycleYear));
    }

    /** The cadre's capability scores, computed anew on {@code on} and changed. */
    public void profileChanged(UUID cadreId, Map<Capability, Integer> scores, LocalDate on) {
        outbox.publish(AssessmentEvents.CAPABILITY_PROFILE_CHANGED, AssessmentEvents.SOURCE, cadreId.toString(),
                new CapabilityProfileChanged(cadreId, scores, on));
    }
}
