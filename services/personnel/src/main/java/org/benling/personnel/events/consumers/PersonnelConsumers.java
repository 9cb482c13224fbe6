package org.benling.personnel.events.consumers;

import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.contracts.selection.SelectionEvents;
import org.benling.personnel.service.AppointmentIntake;
import org.benling.platform.inbox.EventRouter;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The appointments from selection, each taken into the registry once; the other events of the topic are ignored. */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
public class PersonnelConsumers {

    private final Inbox.Consumer selection;

    @Inject
    PersonnelConsumers(AppointmentIntake appointments, Inbox inbox) {
        selection = inbox.consumer("personnel-selection", EventRouter.from(SelectionEvents.SOURCE)
                .on(SelectionEvents.APPOINTMENT_MADE, m -> appointments.appointed(m)));
    }

    @Incoming("selection-appointments")
    @Blocking
    public void onSelection(ConsumerRecords<String, String> records) {
        selection.acceptAll(records);
    }
}
