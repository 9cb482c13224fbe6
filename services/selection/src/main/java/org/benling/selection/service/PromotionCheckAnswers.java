package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.benling.contracts.inspection.PromotionCheckConcluded;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.supervision.SupervisionReadModel;
import org.benling.selection.domain.Appointment;
import org.benling.selection.events.SelectionEventPublisher;
import org.benling.selection.domain.rules.AppointmentWorkflow.Stage;
import org.benling.selection.domain.rules.JointReview;

/**
 * 凡提必核 answered by the daily-supervision service's 提拔必查 instead of by hand. When inspection concludes a check of a
 * cadre's personal-matters report, every trail in its joint review that still asks that candidate's personal-matters
 * check gets the answer; a trail whose joint review opens later takes the answer of a check concluded since its
 * motion. The answer is negative when a measure was imposed on the cadre since the check was opened — inspection
 * tells no result, 漏报 or 瞒报 reach here as the measure they bring, published before the conclusion under the same
 * key — and clear otherwise. It names no measure: HR reads the trail, the inspectors' pages hold the detail. A check
 * answered by hand is left as it is.
 */
@ApplicationScoped
public class PromotionCheckAnswers {

    /** The actor written on an answer that came from inspection's check. */
    static final String ACTOR = "inspection/提拔必查";

    @Inject EntityManager em;
    @Inject SupervisionReadModel supervision;
    @Inject SelectionEventPublisher events;
    @Inject Clock clock;

    /** A 提拔必查 concluded: the open personal-matters checks of the cadre answered (in the inbox's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void concluded(PromotionCheckConcluded c) {
        List<Appointment> waiting = em.createQuery("""
                SELECT DISTINCT a FROM Appointment a JOIN a.checks c
                WHERE a.stage = :stage AND c.cadreId = :cadre AND c.kind = :kind AND c.answer = :asked""", Appointment.class)
                .setParameter("stage", Stage.JOINT_REVIEW).setParameter("cadre", c.cadreId())
                .setParameter("kind", JointReview.Check.PERSONAL_MATTERS).setParameter("asked", JointReview.Answer.REQUESTED)
                .getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        Outcome outcome = outcome(c.cadreId(), openedOn(c.checkId()).orElse(c.concludedOn()), c.concludedOn());
        waiting.forEach(a -> {
            outcome.give(a, c.cadreId(), clock);
            events.jointReviewChecksChanged(a);
        });
    }

    /** A joint review just opened: each candidate's personal-matters check answered by a check concluded since the motion. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerFromConcludedChecks(Appointment a) {
        LocalDate since = LocalDate.ofInstant(a.createdAt, clock.getZone());
        for (var candidate : a.candidates) {
            latestConcluded(candidate.cadreId, since)
                    .map(check -> outcome(candidate.cadreId, check.openedOn(), check.concludedOn()))
                    .ifPresent(outcome -> outcome.give(a, candidate.cadreId, clock));
        }
    }

    private Outcome outcome(UUID cadreId, LocalDate openedOn, LocalDate concludedOn) {
        boolean measureSince = supervision.measures(cadreId).stream()
                .anyMatch(m -> !m.revoked() && !m.appliedOn().isBefore(openedOn));
        return new Outcome(measureSince, concludedOn);
    }

    private Optional<LocalDate> openedOn(UUID checkId) {
        return em.createNativeQuery("SELECT opened_on FROM promotion_check_view WHERE check_id = :id")
                .setParameter("id", checkId).getResultStream().findFirst().map(CadreDirectory::toDate);
    }

    @SuppressWarnings("unchecked")
    private Optional<ConcludedCheck> latestConcluded(UUID cadreId, LocalDate since) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT COALESCE(opened_on, concluded_on), concluded_on FROM promotion_check_view
                WHERE cadre_id = :cadre AND concluded_on IS NOT NULL AND COALESCE(opened_on, concluded_on) >= :since
                ORDER BY concluded_on DESC LIMIT 1""")
                .setParameter("cadre", cadreId).setParameter("since", since).getResultList();
        return rows.stream().findFirst()
                .map(r -> new ConcludedCheck(CadreDirectory.toDate(r[0]), CadreDirectory.toDate(r[1])));
    }

    private record ConcludedCheck(LocalDate openedOn, LocalDate concludedOn) {
    }

    /** What the concluded check says, written on a trail's check as its answer. */
    private record Outcome(boolean measureSince, LocalDate concludedOn) {

        void give(Appointment a, UUID cadreId, Clock clock) {
            if (measureSince) {
                a.answer(cadreId, JointReview.Check.PERSONAL_MATTERS, JointReview.Answer.NEGATIVE, "提拔必查于 " + concludedOn
                        + " 办结：核查后受到处理，详情见监督部门 / the check concluded on " + concludedOn + " with a measure imposed;"
                        + " the supervisors hold the detail", ACTOR, clock.instant());
            } else {
                a.answer(cadreId, JointReview.Check.PERSONAL_MATTERS, JointReview.Answer.CLEAR, "提拔必查于 " + concludedOn
                        + " 办结，未发现影响提拔的问题 / the check concluded on " + concludedOn + " without a finding", ACTOR,
                        clock.instant());
            }
        }
    }
}
