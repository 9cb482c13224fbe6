package org.benling.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.benling.notification.config.NotificationPolicy;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.rules.ReminderSchedule;
import org.benling.platform.jobs.OncePerFireTime;
import org.jboss.logging.Logger;

/**
 * Every morning: the reminders due for open to-dos with a due date (ReminderSchedule over the configured offsets),
 * each to-do and offset once. The job runs on one instance per fire time (OncePerFireTime); if two runs met all the
 * same (a manual run beside the schedule), the first to record a reminder in {@code reminder_sent} sends it and the
 * other finds it recorded: both walk the to-dos in the same order, so neither waits on the other twice.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    @Inject EntityManager em;
    @Inject NotificationPolicy policy;
    @Inject Clock clock;

    @Scheduled(identity = "notification-reminders", cron = "{benling.notification.reminder-cron}",
            timeZone = "{benling.clock.zone}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = OncePerFireTime.class)
    void scheduled() {
        LocalDate today = LocalDate.now(clock);
        LOG.infof("reminders of %s: %d sent", today, sendDue(today));
    }

    /** Sends the reminders due on {@code day}. @return how many were sent */
    @Transactional
    public int sendDue(LocalDate day) {
        ReminderSchedule schedule = new ReminderSchedule(policy.reminderOffsets());
        List<Todo> open = Todo.list("status = ?1 and dueOn >= ?2 and dueOn <= ?3 order by id", Todo.Status.OPEN, day,
                day.plusDays(schedule.horizon()));
        int sent = 0;
        for (Todo todo : open) {
            Optional<Integer> offset = schedule.dueOn(day, LocalDate.ofInstant(todo.createdAt, clock.getZone()), todo.dueOn);
            if (offset.isPresent() && recorded(todo, offset.get(), day)) {
                todo.reminder(ChronoUnit.DAYS.between(day, todo.dueOn), clock.instant()).persist();
                sent++;
            }
        }
        return sent;
    }

    /** The to-do's deadline moved, or it was asked again: its reminders count no more, and go again. */
    public void startOver(Todo todo) {
        em.createNativeQuery("DELETE FROM reminder_sent WHERE todo_id = :todo").setParameter("todo", todo.id)
                .executeUpdate();
    }

    /** Records the reminder as sent; false when it was already (by another run). */
    private boolean recorded(Todo todo, int offset, LocalDate day) {
        return em.createNativeQuery("INSERT INTO reminder_sent (todo_id, offset_days, sent_on) VALUES (:todo, :offset, :day)"
                + " ON CONFLICT DO NOTHING")
                .setParameter("todo", todo.id).setParameter("offset", offset).setParameter("day", day)
                .executeUpdate() == 1;
    }
}
