package org.benling.notification.mail;

import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.benling.notification.config.NotificationPolicy;
import org.benling.notification.domain.Mail;
import org.jboss.logging.Logger;

/**
 * Sends the queued mails that are due, one transaction each: the mail's row is locked ({@code FOR UPDATE SKIP
 * LOCKED}, so another instance sends others, never the same), handed to the SMTP server, and marked sent in the same
 * transaction; a failure is recorded on the mail with its next attempt's time, and the run stops there (the server is
 * likely down: the others wait for the next run rather than fail one by one). The one gap left is a crash between the
 * server's acceptance and the commit, which would send that mail once more.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    @Inject EntityManager em;
    @Inject Mailer mailer;
    @Inject NotificationPolicy policy;

    /** Sends the mails due at {@code now}, until one fails. @return how many were sent */
    public int sendDue(Instant now) {
        int sent = 0;
        while (true) {
            Boolean outcome = QuarkusTransaction.requiringNew().call(() -> sendOne(now));
            if (outcome == null || !outcome) {
                return sent;
            }
            sent++;
        }
    }

    /** @return null when none is due, true when one was sent, false when it failed */
    private Boolean sendOne(Instant now) {
        @SuppressWarnings("unchecked")
        List<Mail> due = em.createNativeQuery("SELECT * FROM mail WHERE status = 'PENDING' AND next_attempt_at <= :now"
                + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED", Mail.class)
                .setParameter("now", now).getResultList();
        if (due.isEmpty()) {
            return null;
        }
        Mail mail = due.get(0);
        try {
            mailer.send(io.quarkus.mailer.Mail.withText(mail.address, mail.subject, mail.body));
            mail.sent(now);
            return true;
        } catch (RuntimeException e) {
            mail.attemptFailed(e.toString(), now, policy.mailFirstWait(), policy.mailLongestWait(),
                    policy.mailMaxAttempts());
            if (mail.status == Mail.Status.FAILED) {
                LOG.errorf("mail %s to %s given up after %d attempts: %s", mail.id, mail.username, mail.attempts, e);
            } else {
                LOG.warnf("mail %s to %s not sent (attempt %d, next at %s): %s", mail.id, mail.username, mail.attempts,
                        mail.nextAttemptAt, e);
            }
            return false;
        }
    }
}
