package org.teixit.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.teixit.bench.GeneratedMaps;
import org.teixit.model.Actor;
import org.teixit.model.Ecosystem;
import org.teixit.style.Theme;

/** The renderer's indexed hit tester finds what the plain one, measuring every actor and tie, finds. */
class HitTesterTest {
    @Test
    void theIndexedHitTesterAgreesWithTheOneThatLooksEverywhere() {
        Ecosystem map = GeneratedMaps.generate(2_000, 6_000, 21);
        RenderOptions options = RenderOptions.defaults(Theme.PROJECTOR);
        MapRenderer renderer = new MapRenderer();
        Viewport fit = Viewport.fit(map.actors(), 900, 600, 60);
        Random random = new Random(9);
        int actorsFound = 0;
        int tiesFound = 0;
        for (Viewport v : new Viewport[] {fit, fit.zoomed(4, 300, 200), fit.zoomed(20, 450, 300).panned(-40, 25)}) {
            HitTester plain = new HitTester(map, v, options);
            HitTester indexed = renderer.hitTester(map, v, options);
            // Points on and around actors, and anywhere.
            for (Actor a : map.actors()) {
                if (random.nextInt(4) != 0) {
                    continue;
                }
                double x = v.screenX(a.position().x()) + random.nextGaussian() * 6;
                double y = v.screenY(a.position().y()) + random.nextGaussian() * 6;
                assertEquals(plain.actorAt(x, y), indexed.actorAt(x, y));
                assertEquals(plain.tieAt(x, y), indexed.tieAt(x, y));
                actorsFound += plain.actorAt(x, y).isPresent() ? 1 : 0;
                tiesFound += plain.tieAt(x, y).isPresent() ? 1 : 0;
            }
            for (int i = 0; i < 300; i++) {
                double x = random.nextDouble() * 900;
                double y = random.nextDouble() * 600;
                assertEquals(plain.actorAt(x, y), indexed.actorAt(x, y));
                assertEquals(plain.tieAt(x, y), indexed.tieAt(x, y));
            }
        }
        assertTrue(actorsFound > 100 && tiesFound > 100, actorsFound + " actors, " + tiesFound + " ties found");
    }
}
