package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.contracts.events.CloudEvent;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.inspection.MeasureAppliedV1;
import org.benling.contracts.inspection.MeasureLifted;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.contracts.inspection.PromotionCheckOpened;
import org.benling.contracts.rotation.GrassrootsVisitRecorded;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.rotation.ResearchReportFiled;
import org.benling.contracts.training.StudySessionRecorded;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.supervision.SupervisionReadModel;

/**
 * Evidence events from training, rotation and inspection: stored, then the cadre's profile recomputed, in the
 * inbox's transaction so a redelivered event changes nothing. The profiles are recomputed once the batch's handlers
 * are through ({@link ProfileService#recomputePending}, the consumers' step before the commit): once per cadre
 * however many of the batch's events are about it, and all of them in a few statements.
 */
@ApplicationScoped
public class EvidenceService {

    @Inject Clock clock;
    @Inject EvidenceStore store;
    @Inject DailyWorkEvidenceStore dailyWork;
    @Inject ProfileService profiles;
    @Inject SupervisionReadModel supervision;

    @Transactional(Transactional.TxType.MANDATORY)
    public void trainingCompleted(TrainingCompleted t) {
        store.holdTraining(t);
        profiles.recomputeBeforeCommit(t.cadreId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void postingCompleted(PostingCompleted p) {
        store.posting(p);
        profiles.recomputeBeforeCommit(p.cadreId());
    }

    /** Learning evidence of each attendee; a correction also recomputes those it dropped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void studySessionRecorded(StudySessionRecorded s) {
        dailyWork.study(s).forEach(profiles::recomputeBeforeCommit);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void grassrootsVisitRecorded(GrassrootsVisitRecorded v) {
        dailyWork.visit(v);
        profiles.recomputeBeforeCommit(v.cadreId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void researchReportFiled(ResearchReportFiled r) {
        dailyWork.research(r);
        profiles.recomputeBeforeCommit(r.cadreId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void measureApplied(MeasureApplied m) {
        supervision.applied(m);
        profiles.recomputeBeforeCommit(m.cadreId());
    }

    /** A version-1 event, read with the meaning it had. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void measureApplied(MeasureAppliedV1 m) {
        measureApplied(supervision.appliedV1(m));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void measureLifted(MeasureLifted m) {
        if (supervision.lifted(m)) {
            profiles.recomputeBeforeCommit(m.cadreId());
        }
    }

    /** A 提拔必查 was opened: the cadre is not eligible until it is concluded (no profile changes). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void checkOpened(PromotionCheckOpened c) {
        supervision.checkOpened(c);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void checkConcluded(PromotionCheckConcluded c) {
        supervision.checkConcluded(c);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void findingRecorded(CloudEvent event, FindingRecorded f) {
        // the day the finding was recorded, on the bureau's calendar
        LocalDate on = event.time() == null ? LocalDate.now(clock)
                : event.time().atZoneSameInstant(clock.getZone()).toLocalDate();
        store.finding(f, on);
        for (UUID cadre : f.cadreIds()) {
            profiles.recomputeBeforeCommit(cadre);
        }
    }
}
