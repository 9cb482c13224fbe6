package org.benling.training.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.training.HoursRequirementMet;
import org.benling.contracts.training.HoursShortfallDetected;
import org.benling.platform.jobs.OncePerFireTime;
import org.benling.training.domain.rules.ComplianceStatus;
import org.benling.training.domain.rules.Requirement;
import org.benling.training.events.TrainingEventPublisher;
import org.jboss.logging.Logger;
import org.benling.training.rest.api.CadreCompliance;

/**
 * The scheduled early-warning run: every cadre behind a requirement (at risk, in promotion grace, or in
 * shortfall) gets one HoursShortfallDetected per requirement, period and status — not one per run; and a cadre
 * warned about a requirement of a period who now meets it gets one HoursRequirementMet for it.
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
            Map<String, List<String>> warnedAbout = warnedAndNotMet();
            int warned = 0;
            for (CadreCompliance c : compliance.everyone(day)) {
                for (Requirement r : c.assessment().requirements()) {
                    if (r.status().compareTo(ComplianceStatus.GRACE) >= 0 && firstWarning(c, r, day)) {
                        events.shortfall(new HoursShortfallDetected(c.cadreId(), c.unitId(), r.kind().name(),
                                r.status().name(), r.requiredHours(), r.achievedHours(), r.missingHours(), r.dueBy(), day));
                        warned++;
                    } else if (r.status() == ComplianceStatus.COMPLIANT
                            && met(c, r, warnedAbout.remove(key(c.cadreId(), r.kind().name())), day)) {
                        events.met(new HoursRequirementMet(c.cadreId(), c.unitId(), r.kind().name(), r.windowEnd(), day));
                    }
                }
            }
            return warned;
        });
    }

    /**
     * The requirements cadres were warned about and have not met since, with the periods warned about (a cadre met
     * may have been warned in several statuses, or years), in one statement.
     */
    private Map<String, List<String>> warnedAndNotMet() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT w.cadre_id, w.requirement, w.period FROM shortfall_warning w
                WHERE NOT EXISTS (SELECT 1 FROM shortfall_resolution m WHERE m.cadre_id = w.cadre_id
                    AND m.requirement = w.requirement AND m.period = w.period)""").getResultList();
        Map<String, List<String>> warned = new HashMap<>();
        rows.forEach(row -> warned.computeIfAbsent(key((UUID) row[0], (String) row[1]), k -> new ArrayList<>())
                .add((String) row[2]));
        return warned;
    }

    /** Records the warned periods of the requirement as met; whether one was not yet (then the cadre is told once). */
    private boolean met(CadreCompliance c, Requirement r, List<String> warnedPeriods, LocalDate day) {
        if (warnedPeriods == null) {
            return false;
        }
        int recorded = 0;
        for (String period : warnedPeriods) {
            recorded += em.createNativeQuery("""
                    INSERT INTO shortfall_resolution (cadre_id, requirement, period, met_on)
                    VALUES (:cadre, :requirement, :period, :day) ON CONFLICT DO NOTHING""")
                    .setParameter("cadre", c.cadreId()).setParameter("requirement", r.kind().name())
                    .setParameter("period", period).setParameter("day", day).executeUpdate();
        }
        return recorded > 0;
    }

    private static String key(UUID cadre, String requirement) {
        return cadre + "|" + requirement;
    }

    private static String period(Requirement r) {
        return r.dueBy() != null ? r.dueBy().toString() : r.windowEnd().getYear() + "";
    }

    private boolean firstWarning(CadreCompliance c, Requirement r, LocalDate day) {
        String period = period(r);
        return em.createNativeQuery("""
                INSERT INTO shortfall_warning (cadre_id, requirement, period, status, warned_on)
                VALUES (:cadre, :requirement, :period, :status, :day) ON CONFLICT DO NOTHING""")
                .setParameter("cadre", c.cadreId()).setParameter("requirement", r.kind().name())
                .setParameter("period", period).setParameter("status", r.status().name())
                .setParameter("day", day).executeUpdate() == 1;
    }

}
