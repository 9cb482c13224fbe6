package org.benling.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.benling.gateway.config.GatewayConfig;
import org.junit.jupiter.api.Test;

/**
 * Two gateway replicas share one user's bucket: together they let through what one would (test limits: 10, 2/s), and
 * at most the tokens one replica counts before it writes them to the shared bucket (2 in tests) more.
 */
@QuarkusTest
class RateLimiterTest {

    @Inject RateLimiter replicaA;
    @Inject GatewayConfig config;
    @Inject DataSource dataSource;
    @Inject Vertx vertx;

    @Test
    void twoReplicasCountAgainstTheSameBucket() {
        RateLimiter replicaB = new RateLimiter();
        replicaB.config = config;
        replicaB.dataSource = dataSource;
        replicaB.vertx = vertx;
        replicaB.init();
        try {
            String key = RateLimiter.user("shared-" + UUID.randomUUID());
            long started = System.nanoTime();
            int passed = 0;
            long retryAfter = 0;
            for (int i = 0; i < 30; i++) {
                long wait = (i % 2 == 0 ? replicaA : replicaB).acquire(key);
                if (wait == 0) {
                    passed++;
                } else {
                    retryAfter = wait;
                }
            }
            double refilled = (System.nanoTime() - started) / 1e9 * config.rateLimit().perSecond();
            assertTrue(passed >= config.rateLimit().burst(), passed + " passed");
            long unsynchronised = config.rateLimit().maxUnsynchronised();
            assertTrue(passed <= config.rateLimit().burst() + Math.ceil(refilled) + unsynchronised,
                    passed + " passed through two replicas; one bucket allows " + config.rateLimit().burst() + " + "
                            + refilled + ", and a replica may not yet know of " + unsynchronised);
            // a second for the next token, and up to the tokens the other replica spent before it told the bucket
            long longest = 1 + (long) Math.ceil(unsynchronised / config.rateLimit().perSecond());
            assertTrue(retryAfter >= 1 && retryAfter <= longest, "the caller is told to wait " + retryAfter + " s");
            assertEquals(0, replicaB.acquire(RateLimiter.address("192.0.2.7")), "another key has a bucket of its own");
        } finally {
            replicaB.stop();
        }
    }
}
