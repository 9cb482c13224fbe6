package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.inspection.PersonalReportFiled;
import org.benling.contracts.inspection.PersonalReportRequested;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;

/**
 * The yearly personal-matters report (个人有关事项报告) for the cadre: asked for it (inspection opens the season),
 * they have a to-do with reminders as the 31 January deadline comes near, and filing it closes the to-do.
 * Inspection decides who is asked and by when; this only delivers. Whether a report was filed is all this learns.
 */
@ApplicationScoped
public class PersonalReportNotices {

    private static final String LINK = "/personal-matters/me";

    @Inject Reminders reminders;
    @Inject Clock clock;

    public void requested(PersonalReportRequested r) {
        UUID subject = subject(r.cadreId(), r.year());
        Map<String, String> params = Map.of("year", Integer.toString(r.year()), "due", r.dueOn().toString());
        Audience cadre = Audience.cadre(r.cadreId());
        Todo existing = Todo.of(TodoKind.PERSONAL_REPORT, subject).orElse(null);
        if (existing == null) {
            Todo.open(TodoKind.PERSONAL_REPORT, subject, r.cadreId(), cadre, params, LINK, r.dueOn(), clock.instant())
                    .persist();
            Notification.of(NoticeKind.PERSONAL_REPORT_REQUESTED, subject, r.cadreId(), cadre, params, LINK,
                    clock.instant()).persist();
        } else if (existing.askAgain(r.dueOn(), params)) {
            reminders.startOver(existing);
        }
    }

    public void filed(PersonalReportFiled f) {
        Todo.of(TodoKind.PERSONAL_REPORT, subject(f.cadreId(), f.year()))
                .ifPresent(t -> t.close(Todo.Status.DONE, clock.instant()));
    }

    /** The to-do's subject: one report a cadre and year (name-based, so the filing finds the request's to-do). */
    static UUID subject(UUID cadreId, int year) {
        return UUID.nameUUIDFromBytes(("personal-report:" + cadreId + ":" + year).getBytes(StandardCharsets.UTF_8));
    }
}
