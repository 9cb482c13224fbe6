package org.benling.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Points the application under test at the JVM's in-process KRaft broker ({@link KafkaBroker}). The broker creates
 * no topic by itself: the catalogue's exist from the start ({@link KafkaAccess#TOPICS}), and a test application
 * with topics of its own names them ({@code @ResourceArg(name = "topics", value = "a,b")}). A test profile that
 * implements {@link OverTls} connects the application over the broker's SASL_SSL listener instead.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    /** Marks a test profile whose application connects to Kafka over TLS (SASL_SSL). */
    public interface OverTls {
    }

    private List<String> topics = List.of();
    private boolean tls;

    @Override
    public void setContext(Context context) {
        String profile = context.testProfile();
        if (profile == null) {
            tls = false;
            return;
        }
        try {
            tls = OverTls.class.isAssignableFrom(Class.forName(profile, false, Thread.currentThread().getContextClassLoader()));
        } catch (ClassNotFoundException e) {
            tls = false;
        }
    }

    @Override
    public void init(Map<String, String> initArgs) {
        String names = initArgs.get("topics");
        if (names != null && !names.isBlank()) {
            topics = Arrays.stream(names.split(",")).map(String::strip).toList();
        }
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker broker = KafkaBroker.shared();
        broker.start();
        broker.createTopics(topics);
        if (!tls) {
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        }
        Map<String, String> config = new java.util.HashMap<>();
        config.put("kafka.bootstrap.servers", broker.tlsBootstrapServers());
        broker.tlsSettings().forEach((key, value) -> config.put("kafka." + key, value.toString()));
        return config;
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM: later test profiles reuse it
    }
}
