package org.benling.gateway.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
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
    void aBucketStoredWithOtherLimitsTakesTheConfiguredOnes() {
        String key = RateLimiter.user("relimited-" + UUID.randomUUID());
        int burst = config.rateLimit().burst();
        for (int i = 0; i < burst; i++) {
            assertEquals(0, replicaA.acquire(key));
        }
        assertTrue(replicaA.acquire(key) > 0, "the test limits' burst is spent");
        RateLimiter raised = replica(withLimits(config, 1000, 1000));
        try {
            for (int i = 0; i < 3 * burst; i++) {
                assertEquals(0, raised.acquire(key), "the raised limits replaced the stored bucket's (request " + i + ")");
            }
        } finally {
            raised.stop();
        }
    }

    private RateLimiter replica(GatewayConfig limits) {
        RateLimiter replica = new RateLimiter();
        replica.config = limits;
        replica.dataSource = dataSource;
        replica.vertx = vertx;
        replica.init();
        return replica;
    }

    /** The gateway's configuration with other rate limits, as after a change of configuration and a restart. */
    private static GatewayConfig withLimits(GatewayConfig base, double perSecond, int burst) {
        ClassLoader loader = RateLimiterTest.class.getClassLoader();
        GatewayConfig.RateLimit limits = (GatewayConfig.RateLimit) Proxy.newProxyInstance(loader,
                new Class<?>[] {GatewayConfig.RateLimit.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "perSecond" -> perSecond;
                    case "burst" -> burst;
                    default -> method.invoke(base.rateLimit(), args);
                });
        return (GatewayConfig) Proxy.newProxyInstance(loader, new Class<?>[] {GatewayConfig.class},
                (proxy, method, args) -> method.getName().equals("rateLimit") ? limits : method.invoke(base, args));
    }

    @Test
    void twoReplicasCountAgainstTheSameBucket() {
        RateLimiter replicaB = replica(config);
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
