package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.benling.inspection.domain.rules.TripWorkflow.Command;
import org.benling.inspection.domain.rules.TripWorkflow.Status;
import org.junit.jupiter.api.Test;

/** 出国（境）: approved before travel, the passport issued by the HR office and back within 10 days of the return. */
class TravelRulesTest {

    static final TravelPolicy POLICY = TravelPolicy.defaults();
    static final LocalDate BACK = LocalDate.of(2027, 2, 10);

    @Test
    void thePassportIsDueTenDaysAfterTheReturn() {
        assertEquals(LocalDate.of(2027, 2, 20), POLICY.passportDue(BACK));
        assertEquals(LocalDate.of(2027, 2, 13), new TravelPolicy(3).passportDue(BACK), "configurable");
    }

    @Test
    void aPassportNotBackAfterItsLastDayIsOverdueAndOneBackLateIsLate() {
        LocalDate due = POLICY.passportDue(BACK);
        assertFalse(TravelPolicy.overdue(due, null, due), "the last day itself is in time");
        assertTrue(TravelPolicy.overdue(due, null, due.plusDays(1)));
        assertFalse(TravelPolicy.overdue(due, due.plusDays(3), due.plusDays(5)), "back: no longer overdue");
        assertTrue(TravelPolicy.late(due, due.plusDays(3)));
        assertFalse(TravelPolicy.late(due, due));
    }

    @Test
    void aTripIsApprovedBeforeThePassportIsIssuedAndCancelledOnlyBeforeThat() {
        Status s = TripWorkflow.apply(Status.REQUESTED, Command.APPROVE);
        assertEquals(Status.APPROVED, s);
        assertThrows(IllegalStateException.class, () -> TripWorkflow.apply(Status.REQUESTED, Command.ISSUE_PASSPORT),
                "no passport for a trip not approved");
        s = TripWorkflow.apply(s, Command.ISSUE_PASSPORT);
        assertFalse(TripWorkflow.allowed(s, Command.CANCEL), "the passport is out: it has to come back");
        assertEquals(Status.RETURNED, TripWorkflow.apply(s, Command.RETURN_PASSPORT));
        assertThrows(IllegalStateException.class, () -> TripWorkflow.apply(Status.REFUSED, Command.APPROVE));
        assertTrue(TripWorkflow.open(Status.ISSUED));
        assertFalse(TripWorkflow.open(Status.RETURNED));
    }

    @Test
    void aNegativeReturnPeriodIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TravelPolicy(-1));
    }
}
