package org.benling.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the service's topics with their cleanup policy (a compacted topic must not be auto-created as a
 * plain one). The relay publishes only once this has succeeded; while the broker is unreachable it retries.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    TopicsConfig config;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private volatile boolean ready;

    public boolean ready() {
        return ready;
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void provision() {
        if (ready) {
            return;
        }
        List<NewTopic> topics = new ArrayList<>();
        config.compacted().orElse(List.of()).forEach(t -> topics.add(topic(t, TopicConfig.CLEANUP_POLICY_COMPACT)));
        config.retained().orElse(List.of()).forEach(t -> topics.add(topic(t, TopicConfig.CLEANUP_POLICY_DELETE)));
        if (topics.isEmpty()) {
            ready = true;
            return;
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(5, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            for (var result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(10, TimeUnit.SECONDS);
                    LOG.infof("created topic %s", result.getKey());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            ready = true;
        } catch (Exception e) {
            LOG.warnf("topics not provisioned yet (%s); the relay waits and this retries", e.getMessage());
        }
    }

    private NewTopic topic(String name, String policy) {
        return new NewTopic(name, config.partitions(), config.replicationFactor()).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy));
    }
}
