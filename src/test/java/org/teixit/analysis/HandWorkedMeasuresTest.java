package org.teixit.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.teixit.model.Ecosystem;
import org.teixit.task.Progress;

/** Small maps whose measures are worked out by hand. */
class HandWorkedMeasuresTest {
    private static final double EPS = 1e-12;
    /** PageRank stops within networkx's tolerance, not at the exact fixed point. */
    private static final double PAGERANK_EPS = 1e-5;

    private static MeasuresResult measure(Ecosystem e) {
        return NetworkMeasures.compute(e, Progress.NONE);
    }

    @Test
    void pathOfThree() {
        MeasuresResult r = measure(TestMaps.named("path").actors("a", "b", "c")
                .undirected("a", "b").undirected("b", "c").build());
        ActorMeasures a = r.actors().get(0);
        ActorMeasures b = r.actors().get(1);
        ActorMeasures c = r.actors().get(2);
        assertEquals(List.of("a", "b", "c"), r.actors().stream().map(ActorMeasures::id).toList());
        assertEquals(1, a.degree());
        assertEquals(2, b.degree());
        assertEquals(0.0, a.betweenness(), EPS);
        assertEquals(1.0, b.betweenness(), EPS); // the only pair a,c goes through b
        assertEquals(2.0 / 3, a.closeness(), EPS); // 2 others at distances 1 + 2
        assertEquals(1.0, b.closeness(), EPS);
        assertEquals(2.0 / 3, c.closeness(), EPS);
        assertEquals(1.0, a.constraint(), EPS);
        assertEquals(0.5, b.constraint(), EPS); // two contacts, 1/4 each
        assertEquals(0.0, b.clustering(), EPS);
        // x_a = 0.05 + 0.425 x_b, x_b = 0.05 + 1.7 x_a
        double xa = 0.07125 / 0.2775;
        assertEquals(xa, a.pagerank(), PAGERANK_EPS);
        assertEquals(0.05 + 1.7 * xa, b.pagerank(), PAGERANK_EPS);
        NetworkSummary s = r.network();
        assertEquals(2.0 / 3, s.density(), EPS);
        assertEquals(1, s.components());
        assertEquals(1.0, s.degreeCentralization(), EPS); // (1 + 0 + 1) / (2 * 1)
        assertNull(s.reciprocity());
        assertFalse(s.directed());
    }

    @Test
    void star() {
        MeasuresResult r = measure(TestMaps.named("star").actors("c", "l1", "l2", "l3", "l4")
                .undirected("c", "l1").undirected("c", "l2").undirected("l3", "c").undirected("c", "l4").build());
        ActorMeasures centre = r.actors().get(0);
        ActorMeasures leaf = r.actors().get(1);
        assertEquals(4, centre.degree());
        assertEquals(1.0, centre.betweenness(), EPS);
        assertEquals(0.0, leaf.betweenness(), EPS);
        assertEquals(1.0, centre.closeness(), EPS);
        assertEquals(4.0 / 7, leaf.closeness(), EPS); // 1 + 2 + 2 + 2
        assertEquals(0.25, centre.constraint(), EPS);
        assertEquals(1.0, leaf.constraint(), EPS);
        double xc = 0.132 / 0.2775; // x_c = 0.03 + 3.4 x_l, x_l = 0.03 + 0.2125 x_c
        assertEquals(xc, centre.pagerank(), PAGERANK_EPS);
        assertEquals((1 - xc) / 4, leaf.pagerank(), PAGERANK_EPS);
        assertEquals(1.0, r.network().degreeCentralization(), EPS); // a star is the most centralized
        assertEquals(0.4, r.network().density(), EPS);
        assertEquals(0.0, r.network().averageClustering(), EPS);
    }

    @Test
    void directedStarUsesIncomingDistancesForCloseness() {
        MeasuresResult r = measure(TestMaps.named("out-star").actors("c", "l1", "l2", "l3", "l4")
                .directed("c", "l1").directed("c", "l2").directed("c", "l3").directed("c", "l4").build());
        ActorMeasures centre = r.actors().get(0);
        ActorMeasures leaf = r.actors().get(1);
        assertTrue(r.network().directed());
        assertEquals(4, centre.degree());
        assertEquals(0.0, centre.closeness(), EPS); // nobody reaches the centre
        assertEquals(0.25, leaf.closeness(), EPS); // reached by 1 of 4 others, at distance 1
        assertEquals(0.0, centre.betweenness(), EPS);
        assertNull(centre.constraint());
        assertNull(r.network().degreeCentralization());
        assertEquals(0.0, r.network().reciprocity(), EPS);
        assertEquals(0.2, r.network().density(), EPS); // 4 / (5 * 4)
        assertEquals(1.0, r.actors().stream().mapToDouble(ActorMeasures::pagerank).sum(), 1e-9);
    }

    @Test
    void oneUndirectedTieMakesTheMapUndirected() {
        TestMaps m = TestMaps.named("mixed").actors("a", "b", "c").directed("a", "b").directed("b", "c");
        assertTrue(measure(m.build()).network().directed());
        MeasuresResult mixed = measure(m.undirected("c", "a").build());
        assertFalse(mixed.network().directed());
        assertEquals(1.0, mixed.actors().get(0).clustering(), EPS); // a triangle once directions are gone
        assertFalse(measure(TestMaps.named("no ties").actors("a", "b").build()).network().directed());
    }

    @Test
    void parallelTiesCountOnceExceptForStrength() {
        MeasuresResult r = measure(TestMaps.named("parallel").actors("a", "b")
                .tie("a", "b", false, 2).tie("b", "a", false, 5).tie("a", "a", false, 1).build());
        ActorMeasures a = r.actors().get(0);
        ActorMeasures b = r.actors().get(1);
        assertEquals(3, a.degree()); // b, plus 2 for the self-loop
        assertEquals(1, b.degree());
        assertEquals(9.0, a.strength(), EPS); // 2 + 5 + 2 * 1
        assertEquals(7.0, b.strength(), EPS);
        assertEquals(3, r.network().ties());
        assertEquals(2.0, r.network().density(), EPS); // nx counts the loop: 2 edges * 2 / (2 * 1)
    }

    @Test
    void emptyAndSingleActorMaps() {
        MeasuresResult empty = measure(Ecosystem.empty("empty"));
        assertEquals(new NetworkSummary(0, 0, 0.0, 0, 0.0, 0.0, null, false), empty.network());
        assertTrue(empty.actors().isEmpty());

        MeasuresResult one = measure(TestMaps.named("one").actors("a").build());
        assertEquals(new ActorMeasures("a", "a", 0, 0.0, 0.0, 0.0, 1.0, 0.0, null), one.actors().get(0));
        assertEquals(1, one.network().components());
        assertEquals(0.0, one.network().degreeCentralization(), EPS);
    }

    @Test
    void isolatesHaveNoConstraint() {
        MeasuresResult r = measure(TestMaps.named("isolate").actors("a", "b", "x")
                .undirected("a", "b").build());
        assertNull(r.actor("x").orElseThrow().constraint());
        assertEquals(1.0, r.actor("a").orElseThrow().constraint(), EPS);
        assertEquals(2, r.network().components());
    }
}
