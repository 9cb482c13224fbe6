package org.benling.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One e-mail to one person, written when queued (in the person's language) and kept until it is sent: a failed
 * attempt leaves it pending for a later one, waiting longer after each failure, and after the last allowed attempt
 * it stays, failed, for an administrator to see. Nothing is lost, and a sent mail is never sent again.
 */
@Entity
@Table(name = "mail")
public class Mail extends PanacheEntityBase {

    public enum Status { PENDING, SENT, FAILED }

    @Id
    public UUID id;

    /** The notification it tells of, or null for a digest. */
    @Column(name = "notification_id")
    public UUID notificationId;

    /** The day of the digest it is, or null. */
    @Column(name = "digest_day")
    public LocalDate digestDay;

    @Column(nullable = false)
    public String username;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Version
    public long version;

    /** A mail telling {@code person} of a notification, to be sent at once. */
    public static Mail notice(UUID notificationId, String username, String address, String subject, String body,
            Instant at) {
        Mail mail = queued(username, address, subject, body, at);
        mail.notificationId = notificationId;
        return mail;
    }

    /** The person's digest of {@code day}, to be sent at once. */
    public static Mail digest(LocalDate day, String username, String address, String subject, String body, Instant at) {
        Mail mail = queued(username, address, subject, body, at);
        mail.digestDay = day;
        return mail;
    }

    private static Mail queued(String username, String address, String subject, String body, Instant at) {
        Mail mail = new Mail();
        mail.id = UUID.randomUUID();
        mail.username = username;
        mail.address = address;
        mail.subject = subject;
        mail.body = body;
        mail.status = Status.PENDING;
        mail.nextAttemptAt = at;
        mail.createdAt = at;
        return mail;
    }

    /** The server took it. */
    public void sent(Instant at) {
        requirePending();
        this.status = Status.SENT;
        this.sentAt = at;
        this.attempts++;
        this.lastError = null;
    }

    /**
     * The attempt failed: the next waits {@code firstWait} doubled after each failure, at most {@code longestWait};
     * after {@code maxAttempts} attempts the mail is given up as failed (and kept).
     */
    public void attemptFailed(String error, Instant at, Duration firstWait, Duration longestWait, int maxAttempts) {
        requirePending();
        this.attempts++;
        this.lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= maxAttempts) {
            this.status = Status.FAILED;
            return;
        }
        Duration wait = firstWait.multipliedBy(1L << Math.min(attempts - 1, 20));
        this.nextAttemptAt = at.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("mail " + id + " is " + status + ", not pending");
        }
    }
}
