package org.benling.notification.mail;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.notification.domain.Mail;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Preferences;
import org.benling.platform.jobs.OncePerFireTime;
import org.jboss.logging.Logger;

/**
 * Every evening: one e-mail per person with the notifications they take as a digest that came since their last one
 * (queued for the sender like any mail). A person has one digest a day: a second run on the same day leaves what
 * came after the first for the next day's. The items are locked ({@code FOR UPDATE SKIP LOCKED}) and marked in the
 * transaction that queues the digest, so two runs at once write each item into one digest.
 */
@ApplicationScoped
public class Digests {

    private static final Logger LOG = Logger.getLogger(Digests.class);

    @Inject EntityManager em;
    @Inject MailWriter writer;
    @Inject Clock clock;

    @Scheduled(identity = "notification-digests", cron = "{benling.notification.digest-cron}",
            timeZone = "{benling.clock.zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = OncePerFireTime.class)
    void scheduled() {
        LocalDate today = LocalDate.now(clock);
        LOG.infof("digests of %s: %d written", today, write(today));
    }

    /** Writes the digests of {@code day}. @return how many */
    @Transactional
    public int write(LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.username, d.address, d.notification_id FROM digest_item d"
                + " JOIN notification n ON n.id = d.notification_id WHERE d.digested_on IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM mail m WHERE m.username = d.username AND m.digest_day = :day)"
                + " ORDER BY d.username, n.created_at, n.id FOR UPDATE OF d SKIP LOCKED")
                .setParameter("day", day).getResultList();
        Map<String, List<Object[]>> byPerson = new LinkedHashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent((String) row[0], u -> new java.util.ArrayList<>()).add(row));
        for (Map.Entry<String, List<Object[]>> person : byPerson.entrySet()) {
            List<UUID> ids = person.getValue().stream().map(row -> (UUID) row[2]).toList();
            Map<UUID, Notification> found = new java.util.HashMap<>();
            Notification.<Notification>list("id in ?1", ids).forEach(n -> found.put(n.id, n));
            List<Notification> notifications = ids.stream().map(found::get).toList();
            MailWriter.Letter letter = writer.digest(day, notifications, Preferences.of(person.getKey()).language);
            String address = (String) person.getValue().get(person.getValue().size() - 1)[1];
            Mail.digest(day, person.getKey(), address, letter.subject(), letter.body(), clock.instant()).persist();
            em.createNativeQuery("UPDATE digest_item SET digested_on = :day WHERE username = :user"
                    + " AND notification_id = ANY(:ids)").setParameter("day", day).setParameter("user", person.getKey())
                    .setParameter("ids", ids.toArray(UUID[]::new)).executeUpdate();
        }
        return byPerson.size();
    }
}
