package org.benling.rotation.domain.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.benling.rotation.domain.rules.PostingWorkflow.Command;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Posting workflow: proposed → approved → active → completed, cancelled before it starts")
class PostingWorkflowTest {

    /** The only transitions the workflow allows: (from, command) → to. */
    private static final Map<String, Status> ALLOWED = Map.of(
            key(Status.PROPOSED, Command.APPROVE), Status.APPROVED,
            key(Status.APPROVED, Command.START), Status.ACTIVE,
            key(Status.ACTIVE, Command.COMPLETE), Status.COMPLETED,
            key(Status.PROPOSED, Command.CANCEL), Status.CANCELLED,
            key(Status.APPROVED, Command.CANCEL), Status.CANCELLED);

    private static String key(Status from, Command command) {
        return from + "/" + command;
    }

    static Stream<Arguments> disallowed() {
        return Arrays.stream(Status.values())
                .flatMap(s -> Arrays.stream(Command.values()).map(c -> Arguments.of(s, c)))
                .filter(a -> !ALLOWED.containsKey(key((Status) a.get()[0], (Command) a.get()[1])));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @CsvSource({
            "PROPOSED, APPROVE,  APPROVED",
            "APPROVED, START,    ACTIVE",
            "ACTIVE,   COMPLETE, COMPLETED",
            "PROPOSED, CANCEL,   CANCELLED",
            "APPROVED, CANCEL,   CANCELLED" })
    @DisplayName("the allowed transitions move the posting to the next status")
    void allowedTransitions(Status from, Command command, Status to) {
        assertAll(
                () -> assertTrue(PostingWorkflow.allowed(from, command)),
                () -> assertEquals(to, PostingWorkflow.apply(from, command)));
    }

    @ParameterizedTest(name = "{1} a posting that is {0} → refused")
    @MethodSource("disallowed")
    @DisplayName("every other command is refused with a message naming the command and the status")
    void disallowedTransitions(Status from, Command command) {
        assertFalse(PostingWorkflow.allowed(from, command));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PostingWorkflow.apply(from, command));
        String message = e.getMessage().toLowerCase();
        assertAll(
                () -> assertTrue(message.contains(command.name().toLowerCase()), "names the command: " + e.getMessage()),
                () -> assertTrue(message.contains(from.name().toLowerCase()), "names the status: " + e.getMessage()));
    }

    @Test
    @DisplayName("there are exactly 15 refused (status, command) pairs out of 20")
    void disallowedCount() {
        assertEquals(15, disallowed().count());
    }

    @Test
    @DisplayName("a posting cannot be approved twice")
    void approveTwice() {
        Status approved = PostingWorkflow.apply(Status.PROPOSED, Command.APPROVE);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PostingWorkflow.apply(approved, Command.APPROVE));
        assertTrue(e.getMessage().contains("cannot approve a posting that is approved"), e.getMessage());
    }

    @Test
    @DisplayName("the refusal also says from which status the command is allowed")
    void messageNamesAllowedStatuses() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PostingWorkflow.apply(Status.ACTIVE, Command.CANCEL));
        assertAll(
                () -> assertTrue(e.getMessage().contains("PROPOSED"), e.getMessage()),
                () -> assertTrue(e.getMessage().contains("APPROVED"), e.getMessage()));
    }

    @Test
    @DisplayName("the whole life of a posting: proposed, approved, started, completed")
    void fullLife() {
        Status s = Status.PROPOSED;
        s = PostingWorkflow.apply(s, Command.APPROVE);
        s = PostingWorkflow.apply(s, Command.START);
        s = PostingWorkflow.apply(s, Command.COMPLETE);
        assertEquals(Status.COMPLETED, s);
    }

    @ParameterizedTest(name = "{0} holds the cadre")
    @EnumSource(value = Status.class, names = { "PROPOSED", "APPROVED", "ACTIVE" })
    @DisplayName("a proposed, approved or active posting is open: no second posting may be proposed meanwhile")
    void openStatuses(Status status) {
        assertTrue(PostingWorkflow.open(status));
    }

    @ParameterizedTest(name = "{0} frees the cadre")
    @EnumSource(value = Status.class, names = { "COMPLETED", "CANCELLED" })
    @DisplayName("a completed or cancelled posting is closed")
    void closedStatuses(Status status) {
        assertFalse(PostingWorkflow.open(status));
    }
}
