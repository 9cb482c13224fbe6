package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.training.HoursRequirementMet;
import org.benling.contracts.training.HoursShortfallDetected;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;

/**
 * What training's early warning means for the cadre: behind a training-hour requirement, they have a to-do (one per
 * requirement: a later warning moves its deadline, or opens it again) and are told; when training says the
 * requirement is met, the to-do is done. Training decides the requirement and its deadline (HoursCompliance); this
 * only delivers.
 */
@ApplicationScoped
public class TrainingNotices {

    /** The requirements' names, as the cadre reads them (training's RequirementKind). */
    private static final Map<String, String[]> REQUIREMENTS = Map.of(
            "ROLLING_FIVE_YEAR", new String[] { "五年累计学时", "5-year total of training hours" },
            "ANNUAL", new String[] { "年度学时", "year's training hours" },
            "ONLINE_ANNUAL", new String[] { "年度网络学时", "year's online training hours" });

    @Inject Reminders reminders;
    @Inject Clock clock;

    public void shortfall(HoursShortfallDetected s) {
        String[] names = REQUIREMENTS.getOrDefault(s.requirement(), new String[] { s.requirement(), s.requirement() });
        Map<String, String> params = Map.of("requirementZh", names[0], "requirementEn", names[1],
                "missing", s.missingHours().stripTrailingZeros().toPlainString(),
                "dueZh", s.dueBy() == null ? "" : "（" + s.dueBy() + " 前）",
                "dueEn", s.dueBy() == null ? "" : " (by " + s.dueBy() + ")");
        UUID subject = subject(s.cadreId(), s.requirement());
        Todo existing = Todo.of(TodoKind.TRAINING_HOURS, subject).orElse(null);
        if (existing == null) {
            Todo.open(TodoKind.TRAINING_HOURS, subject, s.cadreId(), Audience.cadre(s.cadreId()), params, LINK,
                    s.dueBy(), clock.instant()).persist();
        } else if (existing.askAgain(s.dueBy(), params)) {
            reminders.startOver(existing);
        }
        Notification.of(NoticeKind.TRAINING_HOURS_SHORTFALL, subject, s.cadreId(), Audience.cadre(s.cadreId()), params,
                LINK, clock.instant()).persist();
    }

    public void met(HoursRequirementMet m) {
        Todo.of(TodoKind.TRAINING_HOURS, subject(m.cadreId(), m.requirement()))
                .ifPresent(t -> t.close(Todo.Status.DONE, clock.instant()));
    }

    /** One to-do per cadre and requirement. */
    private static UUID subject(UUID cadreId, String requirement) {
        return UUID.nameUUIDFromBytes(("benling-training-hours:" + cadreId + ":" + requirement)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static final String LINK = "/my-learning";
}
