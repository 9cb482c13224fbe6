package org.benling.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A mail is kept until it is sent: each failure waits longer before the next attempt, and the last gives it up, kept. */
class MailTest {

    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration LONGEST = Duration.ofHours(1);

    @Test
    void eachFailureWaitsTwiceAsLongUpToTheLongestWait() {
        Mail mail = Mail.notice(UUID.randomUUID(), "leader", "leader@benling.example", "【本领】标题", "正文", NOW);
        mail.attemptFailed("connection refused", NOW, FIRST, LONGEST, 55);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), mail.nextAttemptAt);
        mail.attemptFailed("connection refused", NOW, FIRST, LONGEST, 55);
        assertEquals(NOW.plus(Duration.ofMinutes(2)), mail.nextAttemptAt);
        for (int i = 0; i < 10; i++) {
            mail.attemptFailed("connection refused", NOW, FIRST, LONGEST, 55);
        }
        assertEquals(NOW.plus(LONGEST), mail.nextAttemptAt);
        assertEquals(Mail.Status.PENDING, mail.status);
        assertEquals(12, mail.attempts);
    }

    @Test
    void theLastAllowedAttemptGivesItUpKeptWithItsErrorAndASentMailIsNotSentAgain() {
        Mail mail = Mail.notice(UUID.randomUUID(), "leader", "leader@benling.example", "【本领】标题", "正文", NOW);
        mail.attemptFailed("550 no such user", NOW, FIRST, LONGEST, 2);
        mail.attemptFailed("550 no such user", NOW, FIRST, LONGEST, 2);
        assertEquals(Mail.Status.FAILED, mail.status);
        assertEquals("550 no such user", mail.lastError);
        assertThrows(IllegalStateException.class, () -> mail.sent(NOW));

        Mail other = Mail.notice(UUID.randomUUID(), "leader", "leader@benling.example", "【本领】标题", "正文", NOW);
        other.sent(NOW);
        assertEquals(Mail.Status.SENT, other.status);
        assertThrows(IllegalStateException.class, () -> other.sent(NOW));
    }
}
