package org.benling.inspection.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.benling.platform.jobs.OncePerFireTime;

/** Every day: RectificationOverdue for findings past their deadline, MeasureLifted for measures whose period ended. */
@ApplicationScoped
public class DailyRun {

    private static final Logger LOG = Logger.getLogger(DailyRun.class);

    @Schema(name = "DailyRunResult")
    public record Result(LocalDate day, int overdueFindings, int expiredMeasures) {
    }

    @Inject
    FindingService findings;

    @Inject
    MeasureService measures;

    @Inject
    Clock clock;

    @Scheduled(identity = "inspection-daily-run", cron = "{benling.inspection.daily.cron}", timeZone = "{benling.clock.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerFireTime.class)
    void scheduled() {
        Result result = run();
        LOG.infof("daily run %s: %d overdue findings reported, %d measures expired", result.day(),
                result.overdueFindings(), result.expiredMeasures());
    }

    public Result run() {
        LocalDate today = LocalDate.now(clock);
        return new Result(today, findings.reportOverdue(today), measures.expire(today));
    }
}
