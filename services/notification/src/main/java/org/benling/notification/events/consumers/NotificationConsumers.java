package org.benling.notification.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.contracts.rotation.RotationEvents;
import org.benling.notification.service.PostingNotices;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The owners' events that become to-dos and notifications, each applied once (the platform inbox). */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class NotificationConsumers {

    private final Inbox.Consumer rotation;

    @Inject
    NotificationConsumers(PostingNotices postings, Inbox inbox) {
        rotation = inbox.consumer("notification-rotation", EventRouter.from(RotationEvents.SOURCE)
                .on(RotationEvents.POSTING_PROPOSED, postings::proposed)
                .on(RotationEvents.POSTING_APPROVED, postings::approved)
                .on(RotationEvents.POSTING_CANCELLED, postings::cancelled));
    }

    @Incoming("rotation-postings")
    @Blocking
    public void onRotation(ConsumerRecords<String, String> records) {
        rotation.acceptAll(records);
    }
}
