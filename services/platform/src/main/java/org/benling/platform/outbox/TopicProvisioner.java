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
import org.jboss.logging.Logger;

/**
 * Creates the service's topics with their cleanup policy, and the dead-letter topics its consumers write to: the
 * broker creates no topic by itself ({@code auto.create.topics.enable=false}), and the service's principal may
 * create exactly these (ACLs, {@code KafkaAccess}). The relay publishes only once this has succeeded; while the broker is unreachable it retries.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject TopicsConfig config;
    @Inject KafkaClientConfig kafka;

    private volatile boolean ready;

    public boolean ready() {
        return ready;
    }

    @Scheduled(identity = "topic-provisioner", executeWith = Scheduled.SIMPLE, every = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void provision() {
        if (ready) {
            return;
        }
        List<NewTopic> topics = new ArrayList<>();
        config.compacted().orElse(List.of()).forEach(t -> topics.add(topic(t, TopicConfig.CLEANUP_POLICY_COMPACT)));
        config.retained().orElse(List.of()).forEach(t -> topics.add(topic(t, TopicConfig.CLEANUP_POLICY_DELETE)));
        deadLetterTopics().forEach(t -> topics.add(topic(t, TopicConfig.CLEANUP_POLICY_DELETE)));
        if (topics.isEmpty()) {
            ready = true;
            return;
        }
        Properties props = kafka.connection();
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

    /** The dead-letter topics this service's consumers write to (the broker creates no topic by itself). */
    public static List<String> deadLetterTopics() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        List<String> topics = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".dead-letter-queue.topic")) {
                config.getOptionalValue(name, String.class).filter(t -> !topics.contains(t)).ifPresent(topics::add);
            }
        }
        return topics;
    }

    /** The dead-letter topic the channel reading {@code topic} declares; by default {@code <topic>.dlq}. */
    public static String deadLetterTopicOf(String topic) {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("mp.messaging.incoming.") && name.endsWith(".topic") && !name.endsWith(".dead-letter-queue.topic")
                    && config.getOptionalValue(name, String.class).filter(topic::equals).isPresent()) {
                String channel = name.substring(0, name.length() - ".topic".length());
                var declared = config.getOptionalValue(channel + ".dead-letter-queue.topic", String.class);
                if (declared.isPresent()) {
                    return declared.get();
                }
            }
        }
        return topic + ".dlq";
    }

    private NewTopic topic(String name, String policy) {
        return new NewTopic(name, config.partitions(), config.replicationFactor()).configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy));
    }
}
