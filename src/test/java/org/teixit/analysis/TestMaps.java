package org.teixit.analysis;

import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.model.Tie;

/** Small builders of ecosystems for the analysis tests and the benchmark. */
public final class TestMaps {
    private final Ecosystem.Builder builder;
    private int ties;

    private TestMaps(String name) {
        builder = Ecosystem.builder(name);
    }

    public static TestMaps named(String name) {
        return new TestMaps(name);
    }

    public TestMaps actors(String... ids) {
        for (String id : ids) {
            builder.actor(Actor.of(id, id, "", ""));
        }
        return this;
    }

    public TestMaps tie(String source, String target, boolean directed, int strength) {
        builder.tie(new Tie("t" + ties++, source, target, "", directed, strength, Set.of(), null, "", Map.of()));
        return this;
    }

    public TestMaps undirected(String source, String target) {
        return tie(source, target, false, Tie.DEFAULT_STRENGTH);
    }

    public TestMaps directed(String source, String target) {
        return tie(source, target, true, Tie.DEFAULT_STRENGTH);
    }

    public Ecosystem build() {
        return builder.build();
    }

    /**
     * A random map: {@code actors} actors a0, a1, …, and {@code ties} ties between distinct random actors
     * (repeats possible), strengths 1–5, all directed or all undirected.
     */
    public static Ecosystem random(int actors, int ties, boolean directed, long seed) {
        Random rnd = new Random(seed);
        TestMaps m = named("random " + actors + "/" + ties);
        for (int i = 0; i < actors; i++) {
            m.actors("a" + i);
        }
        for (int i = 0; i < ties; i++) {
            int s = rnd.nextInt(actors);
            int t = rnd.nextInt(actors - 1);
            t = t >= s ? t + 1 : t;
            m.tie("a" + s, "a" + t, directed, 1 + rnd.nextInt(5));
        }
        return m.build();
    }
}
