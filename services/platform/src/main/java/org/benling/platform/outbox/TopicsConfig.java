package org.benling.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Topics a service produces to, created with the right settings before its relay publishes anything. */
@ConfigMapping(prefix = "benling.topics")
public interface TopicsConfig {

    /** Topics whose latest record per key is the state (cleanup.policy=compact). */
    Optional<List<String>> compacted();

    /** Topics kept by time (cleanup.policy=delete). */
    Optional<List<String>> retained();

    @WithDefault("3")
    int partitions();

    /** 1 on one local broker; 3 on a real cluster. */
    @WithDefault("1")
    short replicationFactor();
}
