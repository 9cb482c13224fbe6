package org.benling.notification.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.benling.notification.domain.Channel;
import org.benling.notification.domain.Mail;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Preferences;
import org.benling.platform.jobs.OncePerFireTime;
import org.jboss.logging.Logger;

/**
 * Finds the people of each new notification (People) and, by each one's preference for its kind, queues an e-mail
 * ({@link Channel#EMAIL}) or keeps it for their daily digest ({@link Channel#DIGEST}); then the sender sends what is
 * due. A batch of notifications is taken with {@code FOR UPDATE SKIP LOCKED} and marked dispatched in the same
 * transaction as its mails, so two instances running at once share the work and none is queued twice; when the
 * directory cannot be asked, the batch rolls back and waits for the next run (nothing is lost).
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class);
    private static final int BATCH = 50;

    @Inject EntityManager em;
    @Inject People people;
    @Inject MailWriter writer;
    @Inject MailSender sender;
    @Inject Clock clock;

    @Scheduled(identity = "notification-mail", every = "{benling.notification.mail-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = OncePerFireTime.class)
    void scheduled() {
        try {
            while (dispatch() == BATCH) {
                // more are waiting
            }
        } catch (RuntimeException e) {
            LOG.warn("notifications not mailed yet (tried again in the next run)", e);
        }
        sender.sendDue(clock.instant());
    }

    /** Queues the mails of up to a batch of new notifications. @return how many notifications it dispatched */
    @Transactional
    public int dispatch() {
        @SuppressWarnings("unchecked")
        List<Notification> waiting = em.createNativeQuery("SELECT * FROM notification WHERE dispatched_at IS NULL"
                + " ORDER BY created_at, id LIMIT :batch FOR UPDATE SKIP LOCKED", Notification.class)
                .setParameter("batch", BATCH).getResultList();
        Instant now = clock.instant();
        for (Notification n : waiting) {
            // the directory down: the batch rolls back and waits for the next run
            List<People.Person> reached = people.reachedBy(n.audience);
            try {
                queue(n, reached, now);
            } catch (RuntimeException e) {
                // a notification that cannot be written (a fault of ours) must not hold up the others behind it
                LOG.errorf(e, "notification %s (%s) not mailed", n.id, n.kind);
            }
            n.dispatched(now);
        }
        return waiting.size();
    }

    private void queue(Notification n, List<People.Person> reached, Instant now) {
        for (People.Person person : reached) {
            Preferences preferences = Preferences.of(person.username());
            Channel channel = preferences.channel(n.kind);
            if (channel == Channel.EMAIL) {
                MailWriter.Letter letter = writer.notice(n, preferences.language);
                Mail.notice(n.id, person.username(), person.email(), letter.subject(), letter.body(), now).persist();
            } else if (channel == Channel.DIGEST) {
                em.createNativeQuery("INSERT INTO digest_item (notification_id, username, address)"
                        + " VALUES (:n, :user, :address) ON CONFLICT DO NOTHING")
                        .setParameter("n", n.id).setParameter("user", person.username())
                        .setParameter("address", person.email()).executeUpdate();
            }
        }
    }
}
