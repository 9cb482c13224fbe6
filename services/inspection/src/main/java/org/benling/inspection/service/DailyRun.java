package org.benling.inspection.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.benling.inspection.rest.api.DailyRunResult;
import org.benling.platform.jobs.OncePerFireTime;
import org.jboss.logging.Logger;

/**
 * Every day: RectificationOverdue for findings past their deadline, MeasureLifted for measures whose period ended,
 * PersonalReportRequested for cadres not yet asked during the reporting season.
 */
@ApplicationScoped
public class DailyRun {

    private static final Logger LOG = Logger.getLogger(DailyRun.class);

    @Inject FindingCommands findings;
    @Inject MeasureCommands measures;
    @Inject PersonalReportSeason season;
    @Inject Clock clock;

    @Scheduled(identity = "inspection-daily-run", cron = "{benling.inspection.daily.cron}", timeZone = "{benling.clock.zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerFireTime.class)
    void scheduled() {
        DailyRunResult result = run();
        LOG.infof("daily run %s: %d overdue findings reported, %d measures expired, %d cadres asked for their report",
                result.day(), result.overdueFindings(), result.expiredMeasures(), result.reportsRequested());
    }

    public DailyRunResult run() {
        LocalDate today = LocalDate.now(clock);
        return new DailyRunResult(today, findings.reportOverdue(today), measures.expire(today), season.ask(today));
    }
}
