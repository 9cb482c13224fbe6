package org.benling.training.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import org.benling.contracts.training.HoursShortfallDetected;
import org.benling.platform.jobs.OncePerFireTime;
import org.benling.training.domain.rules.ComplianceStatus;
import org.benling.training.domain.rules.Requirement;
import org.benling.training.events.TrainingEventPublisher;
import org.jboss.logging.Logger;
import org.benling.training.rest.api.CadreCompliance;

/**
 * The scheduled early-warning run: every cadre behind a requirement (at risk, in promotion grace, or in
 * shortfall) gets one HoursShortfallDetected per requirement, period and status — not one per run.
 */
@ApplicationScoped
public class EarlyWarning {

    private static final Logger LOG = Logger.getLogger(EarlyWarning.class);

    @Inject ComplianceService compliance;
    @Inject TrainingEventPublisher events;
    @Inject EntityManager em;
    @Inject Clock clock;

    @Scheduled(identity = "training-early-warning", cron = "{benling.training.early-warning.cron}",
            timeZone = "{benling.clock.zone}", skipExecutionIf = OncePerFireTime.class)
    void scheduled() {
        int warned = run(LocalDate.now(clock));
        LOG.infof("early-warning run: %d new warnings", warned);
    }

    /** @return how many warnings this run issued */
    public int run(LocalDate day) {
        return QuarkusTransaction.requiringNew().timeout(600).call(() -> {
            int warned = 0;
            for (CadreCompliance c : compliance.everyone(day)) {
                for (Requirement r : c.assessment().requirements()) {
                    if (r.status().compareTo(ComplianceStatus.GRACE) >= 0 && firstWarning(c, r, day)) {
                        events.shortfall(new HoursShortfallDetected(c.cadreId(), c.unitId(), r.kind().name(),
                                r.status().name(), r.requiredHours(), r.achievedHours(), r.missingHours(), r.dueBy(), day));
                        warned++;
                    }
                }
            }
            return warned;
        });
    }

    private boolean firstWarning(CadreCompliance c, Requirement r, LocalDate day) {
        String period = r.dueBy() != null ? r.dueBy().toString() : r.windowEnd().getYear() + "";
        return em.createNativeQuery("""
                INSERT INTO shortfall_warning (cadre_id, requirement, period, status, warned_on)
                VALUES (:cadre, :requirement, :period, :status, :day) ON CONFLICT DO NOTHING""")
                .setParameter("cadre", c.cadreId()).setParameter("requirement", r.kind().name())
                .setParameter("period", period).setParameter("status", r.status().name())
                .setParameter("day", day).executeUpdate() == 1;
    }

}
