package org.benling.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Points the application under test at the JVM's in-process KRaft broker ({@link KafkaBroker}). The broker creates
 * no topic by itself: the catalogue's exist from the start ({@link KafkaAccess#TOPICS}), and a test application
 * with topics of its own names them ({@code @ResourceArg(name = "topics", value = "a,b")}).
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private List<String> topics = List.of();

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
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM: later test profiles reuse it
    }
}
