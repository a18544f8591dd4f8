package org.teixit.analysis.ecosystem;

import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.teixit.model.Ecosystem;

/**
 * Remembers one computed value per map version: an {@link Ecosystem} is an immutable snapshot and every edit
 * makes a new one, so the snapshot's identity is its version. Keeps the last {@code capacity} snapshots'
 * values, holding the snapshots weakly (a value must not refer back to its ecosystem, or the key could not
 * be collected before it is pushed out). Lookup is by identity ({@code ==}), never {@code equals}, which
 * would hash a whole map. Thread-safe; a value is computed outside the lock, so two threads asking for the
 * same new version may both compute it (the first to finish is kept). A computation that throws (a cancel)
 * leaves nothing behind.
 *
 * @param <V> the cached value
 */
public final class EcosystemCache<V> {
    private final int capacity;
    private final Deque<Entry<V>> entries = new ArrayDeque<>();

    private record Entry<V>(WeakReference<Ecosystem> key, Object qualifier, V value) {
    }

    public EcosystemCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** The value for {@code ecosystem}, computed by {@code compute} the first time. */
    public V get(Ecosystem ecosystem, Function<Ecosystem, V> compute) {
        return get(ecosystem, null, compute);
    }

    /**
     * The value for {@code ecosystem} and {@code qualifier} (compared with {@code equals}; e.g. the locale of
     * translated text), computed by {@code compute} the first time.
     */
    public V get(Ecosystem ecosystem, Object qualifier, Function<Ecosystem, V> compute) {
        Optional<V> known = peek(ecosystem, qualifier);
        if (known.isPresent()) {
            return known.get();
        }
        V value = Objects.requireNonNull(compute.apply(ecosystem), "computed value");
        synchronized (entries) {
            Optional<V> raced = find(ecosystem, qualifier);
            if (raced.isPresent()) {
                return raced.get();
            }
            entries.addFirst(new Entry<>(new WeakReference<>(ecosystem), qualifier, value));
            while (entries.size() > capacity) {
                entries.removeLast();
            }
        }
        return value;
    }

    /** The value cached for {@code ecosystem}, if any. */
    public Optional<V> peek(Ecosystem ecosystem) {
        return peek(ecosystem, null);
    }

    public Optional<V> peek(Ecosystem ecosystem, Object qualifier) {
        synchronized (entries) {
            return find(ecosystem, qualifier);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private Optional<V> find(Ecosystem ecosystem, Object qualifier) {
        for (Iterator<Entry<V>> it = entries.iterator(); it.hasNext(); ) {
            Entry<V> e = it.next();
            Ecosystem key = e.key().get();
            if (key == null) {
                it.remove();
            } else if (key == ecosystem && Objects.equals(qualifier, e.qualifier())) {
                return Optional.of(e.value());
            }
        }
        return Optional.empty();
    }
}
