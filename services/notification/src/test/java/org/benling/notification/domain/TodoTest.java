package org.benling.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.security.Roles;
import org.junit.jupiter.api.Test;

/** A to-do is closed by its owner's event, once: a later event about the same thing leaves it as it was closed. */
class TodoTest {

    private static final Instant OPENED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void anApprovalClosesTheToDoAsDoneAndALaterCancellationLeavesItDone() {
        Todo todo = approval();
        assertTrue(todo.close(Todo.Status.DONE, LATER));
        assertFalse(todo.close(Todo.Status.WITHDRAWN, LATER.plusSeconds(60)));
        assertEquals(Todo.Status.DONE, todo.status);
        assertEquals(LATER, todo.closedAt);
    }

    @Test
    void aReportSentBackOpensTheDoneToDoAgainWithItsNewDeadlineAndAWithdrawnOneStaysWithdrawn() {
        Todo todo = approval();
        LocalDate due = todo.dueOn;
        assertFalse(todo.askAgain(due, Map.of("host", "贵州省某县")), "the same deadline again changes nothing");
        assertTrue(todo.askAgain(due.plusDays(30), Map.of("host", "贵州省某县")), "a new deadline: reminders start over");
        assertEquals(due.plusDays(30), todo.dueOn);

        todo.close(Todo.Status.DONE, LATER);
        assertTrue(todo.askAgain(due.plusDays(30), Map.of("host", "贵州省某县")), "done, then asked again");
        assertEquals(Todo.Status.OPEN, todo.status);
        assertEquals(null, todo.closedAt);

        todo.close(Todo.Status.WITHDRAWN, LATER);
        assertFalse(todo.askAgain(due.plusDays(60), Map.of()));
        assertEquals(Todo.Status.WITHDRAWN, todo.status);
    }

    @Test
    void aToDoIsNotClosedAsOpen() {
        assertThrows(IllegalArgumentException.class, () -> approval().close(Todo.Status.OPEN, LATER));
    }

    @Test
    void theTitleReadsInTheCallersLanguageAndInBothForACallerWhoNamedNone() {
        Map<String, String> params = Map.of("cadre", "李明", "host", "贵州省某县", "start", "2027-01-01");
        Wording wording = TodoKind.POSTING_APPROVAL.wording();
        assertEquals("审批挂职：李明 赴贵州省某县（2027-01-01 起）", wording.render("zh", params));
        assertEquals("Approve a posting: 李明 to 贵州省某县 (from 2027-01-01)", wording.render("en", params));
        assertEquals("审批挂职：李明 赴贵州省某县（2027-01-01 起） / Approve a posting: 李明 to 贵州省某县 (from 2027-01-01)",
                wording.render(null, params));
        assertEquals(Roles.LEADER, TodoKind.POSTING_APPROVAL.role());
    }

    private static Todo approval() {
        Todo todo = Todo.open(TodoKind.POSTING_APPROVAL, UUID.randomUUID(), UUID.randomUUID(),
                Audience.role(Roles.LEADER, UUID.randomUUID(), "/a/b/"), Map.of("host", "x", "start", "2027-01-01"),
                "/rotation/postings/x", LocalDate.of(2027, 1, 1), OPENED);
        assertEquals(Todo.Status.OPEN, todo.status);
        return todo;
    }
}
