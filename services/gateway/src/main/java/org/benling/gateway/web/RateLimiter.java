package org.benling.gateway.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.benling.gateway.config.GatewayConfig;

/** A token bucket per user: {@code perSecond} sustained, {@code burst} at once. In memory, per gateway instance. */
@ApplicationScoped
public class RateLimiter {

    @Inject
    GatewayConfig config;

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @return 0 when the request may go ahead, else the seconds to wait before retrying */
    public long acquire(String user) {
        if (buckets.size() > 100_000) {
            buckets.clear(); // bounded memory: an idle bucket is full anyway
        }
        return buckets.computeIfAbsent(user, u -> new Bucket(config.rateLimit().burst()))
                .take(config.rateLimit().perSecond(), config.rateLimit().burst());
    }

    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int burst) {
            tokens = burst;
        }

        synchronized long take(double perSecond, int burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond);
        }
    }
}
