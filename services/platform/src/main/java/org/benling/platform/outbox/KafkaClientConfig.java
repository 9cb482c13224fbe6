package org.benling.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;

/**
 * How the service's own Kafka clients (the relay's producer, the topic provisioner's admin client) connect: the
 * same {@code kafka.*} connection settings the messaging connector gets — bootstrap servers, the service's own
 * SASL/SCRAM login, TLS where configured — so that no client of the service connects as anyone else or in clear
 * where the connector does not.
 */
@ApplicationScoped
public class KafkaClientConfig {

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> broker;

    /** The connection settings alone: bootstrap servers, security protocol, SASL and TLS. */
    public Properties connection() {
        Properties p = new Properties();
        broker.forEach((key, value) -> {
            if (key.equals("bootstrap.servers") || key.equals("security.protocol") || key.startsWith("sasl.")
                    || key.startsWith("ssl.")) {
                p.put(key, value);
            }
        });
        return p;
    }
}
