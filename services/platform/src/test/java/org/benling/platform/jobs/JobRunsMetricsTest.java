package org.benling.platform.jobs;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.scheduler.FailedExecution;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.scheduler.SuccessfulExecution;
import io.quarkus.scheduler.Trigger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the operators' job alerts read: when each job last succeeded, and how its runs ended (JobRuns). */
@QuarkusTest
class JobRunsMetricsTest {

    @Inject Event<SuccessfulExecution> succeeded;
    @Inject Event<FailedExecution> failed;

    @Test
    void aJobsSuccessAndFailuresArePublishedForTheAlerts() {
        String job = "probe-job-" + UUID.randomUUID().toString().substring(0, 8);
        Instant fired = Instant.parse("2026-12-01T18:00:00Z");
        succeeded.fireAsync(new SuccessfulExecution(execution(job, fired)));
        await().atMost(Duration.ofSeconds(10)).until(() -> lastSuccess(job) > 0);
        long first = lastSuccess(job);
        // the log's finish time, the database's clock: within minutes of now on any machine
        assertTrue(Math.abs(first - Instant.now().getEpochSecond()) < 600, "last success " + first);

        failed.fireAsync(new FailedExecution(execution(job, fired.plusSeconds(3600)), new IllegalStateException("down")));
        await().atMost(Duration.ofSeconds(10)).until(() -> runs(job, "failed") == 1);
        assertEquals(1, runs(job, "succeeded"));
        assertEquals(first, lastSuccess(job), "a failed run leaves the last success where it was");
    }

    private static ScheduledExecution execution(String job, Instant at) {
        Trigger trigger = new Trigger() {
            @Override
            public String getId() {
                return job;
            }

            @Override
            public Instant getNextFireTime() {
                return at.plusSeconds(3600);
            }

            @Override
            public Instant getPreviousFireTime() {
                return at;
            }

            @Override
            public boolean isOverdue() {
                return false;
            }
        };
        return new ScheduledExecution() {
            @Override
            public Trigger getTrigger() {
                return trigger;
            }

            @Override
            public Instant getFireTime() {
                return at;
            }

            @Override
            public Instant getScheduledFireTime() {
                return at;
            }
        };
    }

    private static long lastSuccess(String job) {
        return (long) value("benling_job_last_success_seconds\\{job=\"" + job + "\"[^}]*}");
    }

    private static long runs(String job, String outcome) {
        return (long) value("benling_job_runs_total\\{(?=[^}]*job=\"" + job + "\")(?=[^}]*outcome=\"" + outcome + "\")[^}]*}");
    }

    /** A sample's value on /q/metrics, 0 when it is not there yet. */
    private static double value(String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$").matcher(given().get("/q/metrics").asString());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
