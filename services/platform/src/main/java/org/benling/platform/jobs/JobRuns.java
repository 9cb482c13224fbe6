package org.benling.platform.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The log of scheduled jobs: one row per run — job, the fire time it ran for, the instance, success or the error.
 *
 * <p>Jobs run by Quartz, clustered on the service's database ({@code quarkus.quartz.clustered}), run once per fire
 * time across all replicas; the log is what shows it (two rows of one job and fire time would be a double run).
 * Each of them runs only after claiming its fire time ({@link OncePerFireTime}). The two loops every instance runs
 * for itself ({@link #PER_INSTANCE}: the outbox relay and the topic provisioner, on the simple in-memory scheduler)
 * are not logged: they run every few hundred milliseconds and share their work
 * through row locks instead. Rows older than {@code benling.jobs.log-retention} are deleted by {@link #purge}.
 */
@ApplicationScoped
public class JobRuns {

    /** The identities of the jobs every instance runs for itself (the simple scheduler). */
    public static final Set<String> PER_INSTANCE = Set.of("outbox-relay", "topic-provisioner");

    private static final Logger LOG = Logger.getLogger(JobRuns.class);

    @Inject
    EntityManager em;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @ConfigProperty(name = "benling.jobs.log-retention", defaultValue = "P7D")
    Duration retention;

    void succeeded(@ObservesAsync SuccessfulExecution event) {
        record(event.getExecution(), null);
    }

    void failed(@ObservesAsync FailedExecution event) {
        record(event.getExecution(), String.valueOf(event.getException()));
    }

    private void record(ScheduledExecution execution, String error) {
        String job = execution.getTrigger().getId();
        if (PER_INSTANCE.contains(job)) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    INSERT INTO scheduled_job_run (job, scheduled_for, instance, succeeded, error)
                    VALUES (:job, :scheduledFor, :instance, :succeeded, :error)""")
                    .setParameter("job", job)
                    .setParameter("scheduledFor", execution.getScheduledFireTime())
                    .setParameter("instance", instance())
                    .setParameter("succeeded", error == null)
                    .setParameter("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
                    .executeUpdate());
        } catch (RuntimeException e) {
            // the log must never fail the job it records
            LOG.warnf("run of %s not logged: %s", job, e.getMessage());
        }
    }

    /** Deletes the log's rows older than the retention (called by the hourly clean-up job). */
    public void purge() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM scheduled_job_run WHERE finished_at < now() - make_interval(secs => :seconds)")
                    .setParameter("seconds", (double) retention.toSeconds()).executeUpdate();
            em.createNativeQuery("DELETE FROM scheduled_job_claim WHERE claimed_at < now() - make_interval(secs => :seconds)")
                    .setParameter("seconds", (double) retention.toSeconds()).executeUpdate();
        });
    }

    /** This replica: host and HTTP port (two local replicas share the host). */
    public String instance() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        return host + ":" + port;
    }
}
