package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.benling.inspection.domain.rules.FindingWorkflow.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Finding rectification (问题清单整改) and follow-up (回头看)")
class FindingWorkflowTest {

    private static final LocalDate DUE = LocalDate.of(2026, 5, 15);

    @Nested
    @DisplayName("overdue rectification report")
    class Overdue {

        @ParameterizedTest(name = "a {0} finding due yesterday is overdue")
        @EnumSource(value = Status.class, names = { "OPEN", "REOPENED" })
        @DisplayName("a finding still awaiting its report is overdue the day after its deadline")
        void overdueAfterDeadline(Status status) {
            assertTrue(FindingWorkflow.overdue(status, DUE, DUE.plusDays(1)));
        }

        @ParameterizedTest(name = "a {0} finding due today is not overdue yet")
        @EnumSource(value = Status.class, names = { "OPEN", "REOPENED" })
        @DisplayName("the deadline day itself is still in time")
        void dueTodayNotOverdue(Status status) {
            assertAll(
                    () -> assertFalse(FindingWorkflow.overdue(status, DUE, DUE), "due today"),
                    () -> assertFalse(FindingWorkflow.overdue(status, DUE, DUE.minusDays(1)), "due tomorrow"));
        }

        @ParameterizedTest(name = "a {0} finding is never overdue")
        @EnumSource(value = Status.class, names = { "REPORTED", "CLOSED" })
        @DisplayName("once the report is filed (or the finding closed) the deadline no longer matters")
        void reportedOrClosedNeverOverdue(Status status) {
            assertAll(
                    () -> assertFalse(FindingWorkflow.overdue(status, DUE, DUE.plusDays(1)), "a day late"),
                    () -> assertFalse(FindingWorkflow.overdue(status, DUE, DUE.plusYears(1)), "a year late"));
        }

        @Test
        @DisplayName("a finding without a deadline is never overdue")
        void noDeadline() {
            assertFalse(FindingWorkflow.overdue(Status.OPEN, null, DUE));
        }

        @Test
        @DisplayName("only OPEN and REOPENED findings are awaiting a report")
        void awaitingReport() {
            assertAll(
                    () -> assertTrue(FindingWorkflow.awaitingReport(Status.OPEN)),
                    () -> assertTrue(FindingWorkflow.awaitingReport(Status.REOPENED)),
                    () -> assertFalse(FindingWorkflow.awaitingReport(Status.REPORTED)),
                    () -> assertFalse(FindingWorkflow.awaitingReport(Status.CLOSED)));
        }
    }

    @Nested
    @DisplayName("what may be done to a finding")
    class Actions {

        @ParameterizedTest(name = "{0}: report={1} close={2} return={3} recheck={4}")
        @CsvSource({
                "OPEN,     true,  false, false, false",
                "REPORTED, false, true,  true,  false",
                "CLOSED,   false, false, false, true",
                "REOPENED, true,  false, false, false" })
        @DisplayName("the responsible unit reports, the inspector closes or returns, a follow-up rechecks")
        void perStatus(Status status, boolean report, boolean close, boolean ret, boolean recheck) {
            assertAll(
                    () -> assertEquals(report, FindingWorkflow.mayReport(status), "may report"),
                    () -> assertEquals(close, FindingWorkflow.mayClose(status), "may close"),
                    () -> assertEquals(ret, FindingWorkflow.mayReturn(status), "may return"),
                    () -> assertEquals(recheck, FindingWorkflow.mayRecheck(status), "may recheck"));
        }

        @Test
        @DisplayName("an inspector cannot close a finding before the unit has reported on it")
        void noCloseWithoutReport() {
            assertAll(
                    () -> assertFalse(FindingWorkflow.mayClose(Status.OPEN)),
                    () -> assertFalse(FindingWorkflow.mayClose(Status.REOPENED)));
        }

        @Test
        @DisplayName("a report cannot be filed twice: a returned report opens the finding again first")
        void noDoubleReport() {
            assertFalse(FindingWorkflow.mayReport(Status.REPORTED));
        }
    }

    @Nested
    @DisplayName("follow-up inspection (回头看) reopens a closed finding")
    class FollowUp {

        @Test
        @DisplayName("a closed finding may be rechecked, and once reopened it awaits a new report by a new deadline")
        void reopenedAwaitsNewReport() {
            LocalDate newDue = LocalDate.of(2027, 3, 31);
            assertAll(
                    () -> assertTrue(FindingWorkflow.mayRecheck(Status.CLOSED), "closed may be rechecked"),
                    () -> assertTrue(FindingWorkflow.mayReport(Status.REOPENED), "reopened may be reported"),
                    () -> assertFalse(FindingWorkflow.overdue(Status.REOPENED, newDue, newDue), "in time"),
                    () -> assertTrue(FindingWorkflow.overdue(Status.REOPENED, newDue, newDue.plusDays(1)), "late"));
        }

        @ParameterizedTest(name = "a {0} finding cannot be rechecked")
        @EnumSource(value = Status.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("only closed findings are rechecked: open ones are still being rectified")
        void onlyClosedRechecked(Status status) {
            assertFalse(FindingWorkflow.mayRecheck(status));
        }
    }
}
