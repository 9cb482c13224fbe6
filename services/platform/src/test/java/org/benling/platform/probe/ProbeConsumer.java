package org.benling.platform.probe;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Applies probe events through the inbox, as a service's consumer would. */
@ApplicationScoped
public class ProbeConsumer {

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    private final EventRouter router = EventRouter.from(Probe.SOURCE).on(Probe.ON_PROBE_TOPIC, (event, probe) -> {
        if ("explode".equals(probe.note())) {
            throw new IllegalStateException("the handler refuses to apply 'explode'");
        }
        em.createNativeQuery("INSERT INTO probe_effect (event_id, note) VALUES (:id, :note)")
                .setParameter("id", event.id()).setParameter("note", probe.note()).executeUpdate();
    });

    @Incoming("probe")
    @Blocking
    public void consume(String payload) {
        inbox.accept("platform-test", payload, router);
    }
}
