package org.teixit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.teixit.model.Ecosystem;
import org.teixit.task.CancelledException;
import org.teixit.task.Progress;

class CancellationTest {
    private static final Ecosystem MAP = TestMaps.random(1500, 4500, false, 7);

    @Test
    void cancelledProgressStopsAtOnce() {
        Progress cancelled = new Recording(0);
        assertThrows(CancelledException.class, () -> NetworkMeasures.compute(MAP, cancelled));
    }

    @Test
    void cancelDuringShortestPathsStopsEveryThread() {
        Recording progress = new Recording(200);
        assertThrows(CancelledException.class, () -> NetworkMeasures.compute(MAP, progress, 4));
        assertEquals(Set.of(Thread.currentThread()), progress.threads, "Progress used by the caller only");
    }

    @Test
    void reportsProgressFromTheCallingThreadOnly() {
        Recording progress = new Recording(Integer.MAX_VALUE);
        NetworkMeasures.compute(MAP, progress, 4);
        assertEquals(Set.of(Thread.currentThread()), progress.threads);
        assertTrue(progress.messages.containsAll(Set.of(ShortestPathMeasures.MESSAGE, PageRankMeasure.MESSAGE,
                ClusteringMeasure.MESSAGE, ConstraintMeasure.MESSAGE)), progress.messages.toString());
        assertTrue(progress.sawFullPaths, "the shortest-path phase reports its end");
    }

    /** Cancels once isCancelled() has been asked {@code answersBeforeCancel} times. */
    private static final class Recording implements Progress {
        private final int answersBeforeCancel;
        private final AtomicInteger asked = new AtomicInteger();
        final Set<Thread> threads = ConcurrentHashMap.newKeySet();
        final Set<String> messages = ConcurrentHashMap.newKeySet();
        volatile boolean sawFullPaths;

        Recording(int answersBeforeCancel) {
            this.answersBeforeCancel = answersBeforeCancel;
        }

        @Override
        public void update(String message, double done, double total) {
            threads.add(Thread.currentThread());
            messages.add(message);
            assertTrue(done >= 0 && done <= total, done + " of " + total);
            if (message.equals(ShortestPathMeasures.MESSAGE) && done == total && total == MAP.actorCount()) {
                sawFullPaths = true;
            }
        }

        @Override
        public boolean isCancelled() {
            threads.add(Thread.currentThread());
            return asked.incrementAndGet() > answersBeforeCancel;
        }
    }
}
