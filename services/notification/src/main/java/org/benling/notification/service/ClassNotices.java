package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import org.benling.contracts.training.ClassPlaceChanged;
import org.benling.contracts.training.ClassPlaceChanged.Place;
import org.benling.notification.domain.Audience;
import org.benling.notification.domain.ClassPlace;
import org.benling.notification.domain.NoticeKind;
import org.benling.notification.domain.Notification;

/**
 * What training's class places mean for the cadre: the class shows in their calendar feed while they hold or wait
 * for a place; they are told when HR designates them for a class (点名调训) and when they move up from the
 * waitlist. Training decides places (its waitlist); this only delivers.
 */
@ApplicationScoped
public class ClassNotices {

    @Inject Clock clock;

    public void placeChanged(ClassPlaceChanged c) {
        Place before = ClassPlace.take(c, clock.instant());
        NoticeKind kind = null;
        if (c.designated() && c.place() != Place.WITHDRAWN && (before == null || before == Place.WITHDRAWN)) {
            kind = NoticeKind.CLASS_DESIGNATED;
        } else if (before == Place.WAITLISTED && c.place() == Place.ENROLLED) {
            kind = NoticeKind.CLASS_PLACE_FREED;
        }
        if (kind != null) {
            Map<String, String> params = Map.of("title", c.title(), "start", c.startDate().toString(),
                    "end", c.endDate().toString(), "venue", c.venue() == null ? "" : c.venue(),
                    "waitlistedZh", c.place() == Place.WAITLISTED ? "（候补）" : "",
                    "waitlistedEn", c.place() == Place.WAITLISTED ? " (waitlisted)" : "");
            Notification.of(kind, c.enrolmentId(), c.cadreId(), Audience.cadre(c.cadreId()), params, LINK,
                    clock.instant()).persist();
        }
    }

    private static final String LINK = "/my-learning";
}
