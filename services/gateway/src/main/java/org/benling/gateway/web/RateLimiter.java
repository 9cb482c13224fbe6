package org.benling.gateway.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.runtime.Startup;
import io.vertx.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import javax.sql.DataSource;
import org.benling.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * The gateway's rate limits, one token bucket per user ({@code user:<name>}) and, before login, per client address
 * ({@code address:<ip>}): {@code perSecond} sustained, {@code burst} at once. The buckets live in PostgreSQL
 * (Bucket4j's {@code SELECT ... FOR UPDATE} proxy manager, table {@code rate_limit_bucket}), so every gateway
 * replica counts against the same bucket; a full bucket expires and is removed by a periodic clean-up (any replica
 * may run it: removing an expired row twice is harmless). Callers run {@link #acquire} off the event loop.
 *
 * <p>A request does not wait for the database each time: Bucket4j's delaying optimisation keeps a local copy of each
 * active bucket ({@link #active}, the proxies that hold it, dropped after two idle minutes) and writes what it
 * consumed to the shared row every {@code maxUnsynchronised} requests or {@code maxUnsynchronisedDelay}, whichever
 * comes first. A one-user load thus costs one row lock per {@code maxUnsynchronised} requests instead of one per
 * request (docs/benchmarks.md, "Gateway"); the price is that each replica may let a user spend up to
 * {@code maxUnsynchronised} tokens before it learns what the others spent.
 */
@ApplicationScoped
@Startup
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    @Inject GatewayConfig config;
    @Inject DataSource dataSource;
    @Inject Vertx vertx;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private BucketConfiguration limits;
    private LoadingCache<String, BucketProxy> active;
    /**
     * The limits, in each bucket's key: a bucket keeps the limits it was stored with, so when the configuration changes,
     * the buckets of the new limits are others (the old ones expire).
     */
    private String limitsTag;
    private long cleaner;

    @PostConstruct
    void init() {
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        double perSecond = config.rateLimit().perSecond();
        limits = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(config.rateLimit().burst())
                        .refillGreedy(Math.max(1, Math.round(perSecond * 10)), Duration.ofSeconds(10)).build())
                .build();
        limitsTag = "@" + config.rateLimit().burst() + "/" + perSecond;
        DelayParameters delay = new DelayParameters(config.rateLimit().maxUnsynchronised(),
                config.rateLimit().maxUnsynchronisedDelay());
        active = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(2)).maximumSize(100_000)
                .build(key -> buckets.builder().withOptimization(Optimizations.delaying(delay)).build(key, () -> limits));
        cleaner = vertx.setPeriodic(Duration.ofMinutes(5).toMillis(), id -> vertx.executeBlocking(() -> {
            int removed = buckets.removeExpired(1000);
            if (removed > 0) {
                LOG.debugf("removed %d expired rate-limit buckets", removed);
            }
            return removed;
        }, false));
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(cleaner);
    }

    /** @return 0 when the request may go ahead, else the seconds to wait before retrying. Blocking (a database call). */
    public long acquire(String key) {
        ConsumptionProbe probe = active.get(key + limitsTag).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil(probe.getNanosToWaitForRefill() / 1e9));
    }

    public static String user(String name) {
        return "user:" + name;
    }

    public static String address(String ip) {
        return "address:" + ip;
    }
}
