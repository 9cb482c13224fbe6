package org.benling.platform.personnel;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.benling.platform.inbox.Inbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code personnel.cadres} into the local read model, through the inbox. A service turns it on with
 * the build property {@code benling.personnel-read-model.enabled=true} and configures channel
 * {@code personnel-cadres} (topic, group, dead-letter topic {@code personnel.cadres.dlq}).
 */
@ApplicationScoped
@Startup // named with the inbox at start, so a replay finds it before any delivery
@IfBuildProperty(name = "benling.personnel-read-model.enabled", stringValue = "true")
public class PersonnelEventsConsumer {

    private final Inbox.Consumer consumer;

    @Inject
    PersonnelEventsConsumer(PersonnelReadModel readModel, Inbox inbox,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.consumer = inbox.consumer(service + "-personnel-read-model", readModel.router());
    }

    @Incoming("personnel-cadres")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) {
        consumer.acceptAll(records);
    }
}
