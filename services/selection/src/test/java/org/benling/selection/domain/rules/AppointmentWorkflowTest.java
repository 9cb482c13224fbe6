package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.benling.selection.domain.rules.AppointmentWorkflow.Command;
import org.benling.selection.domain.rules.AppointmentWorkflow.Stage;
import org.junit.jupiter.api.Test;

/** 选拔任用全程纪实: 动议 → 民主推荐 → 确定考察对象 → 考察 → 凡提四必 → 讨论决定 → 任前公示 → 任职, nothing skipped. */
class AppointmentWorkflowTest {

    @Test
    void aTrailGoesThroughEveryStageInTheRegulationsOrder() {
        Stage stage = Stage.MOTION;
        for (Command c : new Command[] {Command.RECOMMEND, Command.SET_CANDIDATES, Command.INVESTIGATE, Command.REVIEW,
            Command.DECIDE, Command.PUBLISH, Command.APPOINT}) {
            stage = AppointmentWorkflow.apply(stage, c);
        }
        assertEquals(Stage.APPOINTED, stage);
        assertFalse(AppointmentWorkflow.open(stage));
    }

    @Test
    void noStageIsSkipped() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AppointmentWorkflow.apply(Stage.INVESTIGATION, Command.DECIDE));
        assertTrue(e.getMessage().contains("cannot decide on a trail at investigation"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> AppointmentWorkflow.apply(Stage.MOTION, Command.APPOINT));
        assertThrows(IllegalStateException.class, () -> AppointmentWorkflow.apply(Stage.DECISION, Command.APPOINT),
                "the appointment follows the publicity, never the decision directly");
    }

    @Test
    void aTrailCanBeWithdrawnUntilTheAppointmentButNotAfter() {
        for (Stage s : new Stage[] {Stage.MOTION, Stage.RECOMMENDATION, Stage.JOINT_REVIEW, Stage.PUBLICITY}) {
            assertEquals(Stage.WITHDRAWN, AppointmentWorkflow.apply(s, Command.WITHDRAW));
        }
        assertThrows(IllegalStateException.class, () -> AppointmentWorkflow.apply(Stage.APPOINTED, Command.WITHDRAW));
        assertThrows(IllegalStateException.class, () -> AppointmentWorkflow.apply(Stage.WITHDRAWN, Command.WITHDRAW));
        assertFalse(AppointmentWorkflow.open(Stage.WITHDRAWN));
        assertTrue(AppointmentWorkflow.open(Stage.PUBLICITY));
    }
}
