package org.benling.platform.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
 * through row locks instead. A service names its own such loops in {@code benling.jobs.per-instance} (notification's
 * pulse, which wakes the event streams its own instance holds open). Rows older than {@code benling.jobs.log-retention} are deleted by {@link #purge}.
 *
 * <p>For the operators' alerts (deploy/observability: a daily job that did not succeed for a day, a job that fails):
 * {@code benling_job_last_success_seconds{job}}, when each job last succeeded on any instance as far as this one knows
 * (the log's latest at start, then its own runs; Prometheus takes the highest of the instances), and
 * {@code benling_job_runs_total{job, outcome}}.
 */
@ApplicationScoped
public class JobRuns {

    /** The identities of the jobs every instance runs for itself (the simple scheduler). */
    public static final Set<String> PER_INSTANCE = Set.of("outbox-relay", "topic-provisioner");

    private static final Logger LOG = Logger.getLogger(JobRuns.class);

    @Inject EntityManager em;

    @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080")
    int port;

    @ConfigProperty(name = "benling.jobs.log-retention", defaultValue = "P7D")
    Duration retention;

    @ConfigProperty(name = "benling.jobs.per-instance")
    Optional<List<String>> perInstance;

    @Inject MeterRegistry metrics;

    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    /** Each job's latest success in the log, so that a restarted instance does not report its jobs as never run. */
    void loadLastSuccesses(@Observes StartupEvent start) {
        try {
            List<?> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    SELECT job, CAST(extract(epoch FROM max(finished_at)) AS bigint) FROM scheduled_job_run
                    WHERE succeeded GROUP BY job""").getResultList());
            for (Object row : rows) {
                Object[] columns = (Object[]) row;
                succeededAt((String) columns[0], ((Number) columns[1]).longValue());
            }
        } catch (RuntimeException e) {
            LOG.warnf("the job log could not be read at start: %s", e.getMessage());
        }
    }

    private void succeededAt(String job, long epochSecond) {
        lastSuccess.computeIfAbsent(job, j -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder("benling.job.last.success", value, AtomicLong::get).tag("job", j).baseUnit("seconds")
                    .description("When the job last succeeded (seconds since the epoch)").register(metrics);
            return value;
        }).accumulateAndGet(epochSecond, Math::max);
    }

    void succeeded(@ObservesAsync SuccessfulExecution event) {
        record(event.getExecution(), null);
    }

    void failed(@ObservesAsync FailedExecution event) {
        record(event.getExecution(), String.valueOf(event.getException()));
    }

    private void record(ScheduledExecution execution, String error) {
        String job = execution.getTrigger().getId();
        if (PER_INSTANCE.contains(job) || perInstance.map(jobs -> jobs.contains(job)).orElse(false)) {
            return;
        }
        metrics.counter("benling.job.runs", "job", job, "outcome", error == null ? "succeeded" : "failed").increment();
        try {
            Number finished = (Number) QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    INSERT INTO scheduled_job_run (job, scheduled_for, instance, succeeded, error)
                    VALUES (:job, :scheduledFor, :instance, :succeeded, :error)
                    RETURNING CAST(extract(epoch FROM finished_at) AS bigint)""")
                    .setParameter("job", job)
                    .setParameter("scheduledFor", execution.getScheduledFireTime())
                    .setParameter("instance", instance())
                    .setParameter("succeeded", error == null)
                    .setParameter("error", error == null || error.length() <= 1000 ? error : error.substring(0, 1000))
                    .getSingleResult());
            if (error == null) {
                succeededAt(job, finished.longValue());
            }
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
