package org.benling.inspection.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.inspection.FindingClosed;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.inspection.InspectionEvents;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.inspection.PersonalReportFiled;
import org.benling.contracts.inspection.PersonalReportRequested;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.contracts.inspection.PromotionCheckOpened;
import org.benling.contracts.inspection.RectificationOverdue;
import org.benling.contracts.inspection.RectificationReported;
import org.benling.contracts.inspection.TripChanged;
import org.benling.contracts.supervision.AnnualEffect;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.PersonalReport;
import org.benling.inspection.domain.SpotCheck;
import org.benling.inspection.domain.Trip;
import org.benling.platform.outbox.Outbox;

/** Writes the inspection events to the outbox, in the transaction of the change they report. */
@ApplicationScoped
public class InspectionEventPublisher {

    @Inject Outbox outbox;

    public void findingRecorded(Finding f) {
        outbox.publish(InspectionEvents.FINDING_RECORDED, InspectionEvents.SOURCE, f.unitId.toString(),
                new FindingRecorded(f.id, f.roundId, f.unitId, List.of(f.cadreIds), f.category, f.severity, f.capability,
                        f.dueOn));
    }

    /** The responsible unit filed the finding's rectification report. */
    public void reported(Finding f, LocalDate reportedOn) {
        outbox.publish(InspectionEvents.RECTIFICATION_REPORTED, InspectionEvents.SOURCE, f.unitId.toString(),
                new RectificationReported(f.id, f.unitId, reportedOn));
    }

    /** The inspectors accepted the report and closed the finding (销号). */
    public void closed(Finding f, LocalDate closedOn) {
        outbox.publish(InspectionEvents.FINDING_CLOSED, InspectionEvents.SOURCE, f.unitId.toString(),
                new FindingClosed(f.id, f.unitId, closedOn));
    }

    public void overdue(Finding f) {
        outbox.publish(InspectionEvents.RECTIFICATION_OVERDUE, InspectionEvents.SOURCE, f.unitId.toString(),
                new RectificationOverdue(f.id, f.unitId, f.ownerCadreId, f.dueOn));
    }

    /** MeasureApplied.v2, with the catalogue row stamped on the measure. */
    public void applied(Measure m) {
        outbox.publish(InspectionEvents.MEASURE_APPLIED, InspectionEvents.SOURCE, m.cadreId.toString(),
                new MeasureApplied(m.id, m.cadreId, m.type, m.type.family(), m.form, m.type.chineseName(), m.appliedOn,
                        m.influence, m.influenceUntil, m.annualEffects(), m.caseId));
    }

    /**
     * @param reason        {@link MeasureLifted#EXPIRED}, {@link MeasureLifted#REVOKED} or {@link MeasureLifted#CONCLUDED}
     * @param outcomeEffect for a conclusion: what its outcome does to the years the matter was pending
     */
    public void lifted(Measure m, LocalDate liftedOn, String reason, AnnualEffect outcomeEffect) {
        outbox.publish(InspectionEvents.MEASURE_LIFTED, InspectionEvents.SOURCE, m.cadreId.toString(),
                new MeasureLifted(m.id, m.cadreId, liftedOn, reason, m.outcome, outcomeEffect));
    }

    /** A 提拔必查 was opened: the candidate is not eligible until it is concluded. */
    public void checkOpened(SpotCheck c, LocalDate openedOn) {
        outbox.publish(InspectionEvents.PROMOTION_CHECK_OPENED, InspectionEvents.SOURCE, c.cadreId.toString(),
                new PromotionCheckOpened(c.id, c.cadreId, openedOn));
    }

    /** A 提拔必查 was concluded; publish its measure (if any) first, under the same key. */
    public void checkConcluded(SpotCheck c, LocalDate concludedOn) {
        outbox.publish(InspectionEvents.PROMOTION_CHECK_CONCLUDED, InspectionEvents.SOURCE, c.cadreId.toString(),
                new PromotionCheckConcluded(c.id, c.cadreId, concludedOn));
    }

    /** The cadre is asked for the yearly report of {@code year}. */
    public void reportRequested(UUID cadreId, int year, LocalDate dueOn) {
        outbox.publish(InspectionEvents.PERSONAL_REPORT_REQUESTED, InspectionEvents.SOURCE, cadreId.toString(),
                new PersonalReportRequested(cadreId, year, dueOn));
    }

    /** The cadre filed the yearly report (first filing). */
    public void reportFiled(PersonalReport r, LocalDate filedOn) {
        outbox.publish(InspectionEvents.PERSONAL_REPORT_FILED, InspectionEvents.SOURCE, r.cadreId.toString(),
                new PersonalReportFiled(r.cadreId, r.year, filedOn));
    }

    /** A trip abroad changed (its latest state; the passport's last day once issued). */
    public void tripChanged(Trip t) {
        outbox.publish(InspectionEvents.TRIP_CHANGED, InspectionEvents.SOURCE, t.cadreId.toString(),
                new TripChanged(t.id, t.cadreId, t.unitId, t.destination, t.departOn, t.returnOn,
                        TripChanged.Status.valueOf(t.status.name()), t.passportDue));
    }
}
