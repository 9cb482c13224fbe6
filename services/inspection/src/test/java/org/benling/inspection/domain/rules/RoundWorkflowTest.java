package org.benling.inspection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.benling.inspection.domain.rules.RoundWorkflow.Command;
import org.benling.inspection.domain.rules.RoundWorkflow.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Inspection round workflow: planned → on site → feedback → rectification → closed")
class RoundWorkflowTest {

    /** The only allowed step for each command: command → status it may be given in. */
    private static final Map<Command, Status> ALLOWED_FROM = Map.of(Command.START, Status.PLANNED,
            Command.FEEDBACK, Status.ON_SITE, Command.RECTIFY, Status.FEEDBACK, Command.CLOSE, Status.RECTIFICATION);

    @Nested
    @DisplayName("allowed steps")
    class Allowed {

        @ParameterizedTest(name = "{0} a {1} round makes it {2}")
        @CsvSource({
                "START,    PLANNED,       ON_SITE",
                "FEEDBACK, ON_SITE,       FEEDBACK",
                "RECTIFY,  FEEDBACK,      RECTIFICATION",
                "CLOSE,    RECTIFICATION, CLOSED" })
        @DisplayName("each command moves the round one step forward")
        void step(Command command, Status from, Status to) {
            assertAll(
                    () -> assertTrue(RoundWorkflow.allowed(from, command), "allowed"),
                    () -> assertEquals(to, RoundWorkflow.next(from, command)));
        }

        @Test
        @DisplayName("a round goes from planned to closed through every stage in order")
        void fullLife() {
            Status s = Status.PLANNED;
            s = RoundWorkflow.next(s, Command.START);
            assertEquals(Status.ON_SITE, s);
            s = RoundWorkflow.next(s, Command.FEEDBACK);
            assertEquals(Status.FEEDBACK, s);
            s = RoundWorkflow.next(s, Command.RECTIFY);
            assertEquals(Status.RECTIFICATION, s);
            s = RoundWorkflow.next(s, Command.CLOSE);
            assertEquals(Status.CLOSED, s);
        }
    }

    @Nested
    @DisplayName("refused steps")
    class Refused {

        static Stream<Arguments> disallowed() {
            return Arrays.stream(Status.values()).flatMap(s -> Arrays.stream(Command.values())
                    .filter(c -> ALLOWED_FROM.get(c) != s).map(c -> Arguments.of(s, c)));
        }

        @Test
        @DisplayName("of the 20 status × command pairs, exactly 16 are refused")
        void count() {
            assertEquals(16, disallowed().count());
        }

        @ParameterizedTest(name = "a {0} round cannot be given {1}")
        @MethodSource("disallowed")
        @DisplayName("a command out of order is refused with a message naming the command and the status")
        void refused(Status from, Command command) {
            assertFalse(RoundWorkflow.allowed(from, command), "allowed");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> RoundWorkflow.next(from, command));
            assertAll(
                    () -> assertTrue(e.getMessage().contains(command.name().toLowerCase()),
                            "names the command: " + e.getMessage()),
                    () -> assertTrue(e.getMessage().contains(from.name().toLowerCase()),
                            "names the status: " + e.getMessage()));
        }

        @Test
        @DisplayName("a closed round cannot be started again")
        void closedCannotRestart() {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> RoundWorkflow.next(Status.CLOSED, Command.START));
            assertEquals("cannot start a round that is closed", e.getMessage());
        }

        @Test
        @DisplayName("a planned round cannot skip to feedback before the team has been on site")
        void noFeedbackBeforeOnSite() {
            assertThrows(IllegalStateException.class, () -> RoundWorkflow.next(Status.PLANNED, Command.FEEDBACK));
        }
    }

    @Nested
    @DisplayName("findings (问题清单) and coverage")
    class Reading {

        @ParameterizedTest(name = "a {0} round accepts findings")
        @EnumSource(value = Status.class, names = { "ON_SITE", "FEEDBACK" })
        @DisplayName("findings are recorded while the team is on site and at feedback")
        void acceptsFindings(Status status) {
            assertTrue(RoundWorkflow.acceptsFindings(status));
        }

        @ParameterizedTest(name = "a {0} round does not accept findings")
        @EnumSource(value = Status.class, names = { "PLANNED", "RECTIFICATION", "CLOSED" })
        @DisplayName("no findings before the team arrives or once rectification has begun")
        void refusesFindings(Status status) {
            assertFalse(RoundWorkflow.acceptsFindings(status));
        }

        @Test
        @DisplayName("a planned round has not inspected its targets yet")
        void plannedNotInspected() {
            assertFalse(RoundWorkflow.inspected(Status.PLANNED));
        }

        @ParameterizedTest(name = "a {0} round has inspected its targets")
        @EnumSource(value = Status.class, names = "PLANNED", mode = EnumSource.Mode.EXCLUDE)
        @DisplayName("once the team went on site the targets count as inspected")
        void inspected(Status status) {
            assertTrue(RoundWorkflow.inspected(status));
        }
    }
}
