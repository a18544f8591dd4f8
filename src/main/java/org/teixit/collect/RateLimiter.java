package org.teixit.collect;

import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code capacity} requests at once, refilled at {@code perSecond}.
 * A room behind one classroom router shares one address, so the capacity is a whole room's burst; a
 * script that keeps sending drains it and then gets only the refill rate. The table of addresses is
 * bounded: when it is full, buckets that have refilled completely (idle clients) are dropped.
 */
final class RateLimiter {
    private final double capacity;
    private final double perNano;
    private final int maxClients;
    private final LongSupplier clock;
    private final Map<InetAddress, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(double capacity, double perSecond, int maxClients, LongSupplier nanoClock) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.maxClients = maxClients;
        this.clock = nanoClock;
    }

    RateLimiter(double capacity, double perSecond) {
        this(capacity, perSecond, 10_000, System::nanoTime);
    }

    /** Takes one token for {@code client}; false when its bucket is empty. */
    boolean tryAcquire(InetAddress client) {
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            evictIdle();
        }
        return buckets.computeIfAbsent(client, c -> new Bucket(capacity, clock.getAsLong())).take(this);
    }

    /** Seconds until {@code client} has a token again (at least 1), for Retry-After. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / (perNano * 1e9)));
    }

    private void evictIdle() {
        long now = clock.getAsLong();
        buckets.values().removeIf(b -> b.full(this, now));
        if (buckets.size() >= maxClients) {
            buckets.clear(); // a flood of addresses: start again rather than grow without bound
        }
    }

    int clients() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.last = now;
        }

        synchronized boolean take(RateLimiter limits) {
            refill(limits, limits.clock.getAsLong());
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }

        synchronized boolean full(RateLimiter limits, long now) {
            refill(limits, now);
            return tokens >= limits.capacity;
        }

        private void refill(RateLimiter limits, long now) {
            if (now > last) {
                tokens = Math.min(limits.capacity, tokens + (now - last) * limits.perNano);
                last = now;
            }
        }
    }
}
