package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.benling.contracts.selection.JointReviewChecksChanged;
import org.benling.contracts.selection.JointReviewChecksChanged.Check;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;
import org.benling.platform.security.UnitDirectory;

/**
 * What a trail's pre-appointment joint review (凡提四必) asks of people: each of its four checks still waiting for
 * candidates is a to-do of whoever answers it — the personnel files and the personal matters HR of the trail's unit,
 * the discipline opinion and the petitions the inspectors in reach — with how many wait, told once when it opens and
 * done when none waits (every answer given, or the trail moved on or withdrawn). Selection decides who answers; this
 * only delivers, naming no candidate and no answer. Runs inside the inbox's transaction, once per event.
 */
@ApplicationScoped
public class JointReviewNotices {

    private static final Map<Check, TodoKind> TODO = Map.of(Check.PERSONNEL_FILE, TodoKind.JOINT_REVIEW_FILE,
            Check.PERSONAL_MATTERS, TodoKind.JOINT_REVIEW_PERSONAL_MATTERS, Check.DISCIPLINE_OPINION,
            TodoKind.JOINT_REVIEW_DISCIPLINE, Check.PETITIONS, TodoKind.JOINT_REVIEW_PETITIONS);
    /** Each check's words: its to-do's title and its notification's read them from the params (TodoKind, NoticeKind). */
    private static final Map<Check, String[]> CHECK_WORDS = Map.of(
            Check.PERSONNEL_FILE, new String[] {"人事档案专审", "personnel files"},
            Check.PERSONAL_MATTERS, new String[] {"个人有关事项核查", "personal matters"},
            Check.DISCIPLINE_OPINION, new String[] {"纪检监察机关意见", "discipline opinion"},
            Check.PETITIONS, new String[] {"信访举报核查", "petitions"});

    @Inject UnitDirectory units;
    @Inject Clock clock;

    public void changed(JointReviewChecksChanged e) {
        String link = "/selection/appointments/" + e.appointmentId();
        for (Check check : Check.values()) {
            TodoKind kind = TODO.get(check);
            int waiting = e.awaiting().getOrDefault(check, 0);
            Todo todo = Todo.of(kind, e.appointmentId()).orElse(null);
            if (waiting == 0) {
                if (todo != null) {
                    todo.close(Todo.Status.DONE, clock.instant());
                }
                continue;
            }
            Map<String, String> params = Map.of("post", e.postTitle(), "count", Integer.toString(waiting),
                    "checkZh", CHECK_WORDS.get(check)[0], "checkEn", CHECK_WORDS.get(check)[1]);
            if (todo == null) {
                Audience audience = Audience.role(kind.role(), e.unitId(), units.pathOf(e.unitId()).orElse(null));
                Todo.open(kind, e.appointmentId(), null, audience, params, link, null, clock.instant()).persist();
                Notification.of(NoticeKind.JOINT_REVIEW_CHECK_REQUESTED, e.appointmentId(), null, audience.copy(), params,
                        link, clock.instant()).persist();
            } else {
                todo.askAgain(null, params);
            }
        }
    }
}
