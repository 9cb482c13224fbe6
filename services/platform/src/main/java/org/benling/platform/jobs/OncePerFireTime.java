package org.benling.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

/**
 * The guard of every job that must run once per schedule ({@code skipExecutionIf = OncePerFireTime.class}): before
 * the job runs, its instance claims the fire time in the service's database (job and scheduled fire time, the
 * primary key of {@code scheduled_job_claim}); an instance that finds the time claimed skips it. Also skips while the
 * application is not running (starting or stopping).
 *
 * <p>Quartz, clustered on the same database, is what schedules these jobs and fires each trigger on one instance.
 * The claim covers the one moment it does not: an instance that starts replaces the job's trigger in the store,
 * and a fire time another instance had already taken was run by both (the replica test saw it for the ten-second
 * demo loaders). A claim is one insert per run, on the database the job works on anyway.
 */
@Singleton
public class OncePerFireTime implements Scheduled.SkipPredicate {

    private static final Logger LOG = Logger.getLogger(OncePerFireTime.class);

    @Inject EntityManager em;
    @Inject JobRuns runs;

    private volatile boolean running;

    void onStart(@Observes StartupEvent event) {
        running = true;
    }

    void onStop(@Observes io.quarkus.runtime.ShutdownEvent event) {
        running = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        if (!running) {
            return true;
        }
        String job = execution.getTrigger().getId();
        try {
            int claimed = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    INSERT INTO scheduled_job_claim (job, scheduled_for, instance) VALUES (:job, :at, :instance)
                    ON CONFLICT DO NOTHING""")
                    .setParameter("job", job).setParameter("at", execution.getScheduledFireTime())
                    .setParameter("instance", runs.instance()).executeUpdate());
            if (claimed == 0) {
                LOG.debugf("%s at %s: run by another instance", job, execution.getScheduledFireTime());
            }
            return claimed == 0;
        } catch (RuntimeException e) {
            LOG.warnf("%s at %s not claimed, skipped: %s", job, execution.getScheduledFireTime(), e.getMessage());
            return true;
        }
    }
}
