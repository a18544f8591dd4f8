package org.teixit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

class ReproducibilityTest {

    @Test
    void sameBitsOnAnyNumberOfThreads() {
        for (boolean directed : new boolean[] {false, true}) {
            Ecosystem map = TestMaps.random(800, 2400, directed, 11);
            MeasuresResult one = NetworkMeasures.compute(map, Progress.NONE, 1);
            for (int threads : new int[] {2, 3, 8}) {
                for (int run = 0; run < 3; run++) {
                    assertEquals(one, NetworkMeasures.compute(map, Progress.NONE, threads),
                            "directed " + directed + ", " + threads + " threads");
                }
            }
        }
    }

    @Test
    void blocksStayWithinTheirMemoryBudget() {
        assertEquals(ShortestPathMeasures.MAX_BLOCKS, ShortestPathMeasures.blockCount(10_000));
        assertEquals(1, ShortestPathMeasures.blockCount(100_000_000));
        int n = 1_000_000;
        int blocks = ShortestPathMeasures.blockCount(n);
        assertTrue(blocks * 20L * n <= ShortestPathMeasures.BLOCK_MEMORY, blocks + " blocks");
    }
}
