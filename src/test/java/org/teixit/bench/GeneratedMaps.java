package org.teixit.bench;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/**
 * Generated maps for the benchmarks: the same seed always gives the same map. Realistic-ish rather than
 * uniform: actors come in neighbourhoods of about 40 (a school and its families, a town's associations),
 * each with a leading setting; about 80% of ties stay inside a neighbourhood, 15% go to one of the 6 nearest
 * neighbourhoods and 5% anywhere (as a force-directed layout leaves a real map: mostly short ties).
 * Settings, actor kinds and tie kinds come from the default vocabulary; every tie has 1–3 CSER dimensions
 * and a strength of 1–5; a fifth are directed; some carry a partnership stage, notes or custom attributes,
 * and so do some actors. Positions are a quick stand-in for a layout (neighbourhoods scattered over a
 * disc, actors in a Gaussian cloud around their neighbourhood's centre, in layout units of the same order
 * as Gephi's ForceAtlas2 gives), so a drawing has something spread out.
 */
public final class GeneratedMaps {
    /** The seed every benchmark uses, so all rows of one run measure the same maps. */
    public static final long SEED = 20240611L;
    private static final int NEIGHBOURHOOD = 40;
    private static final double INSIDE_SHARE = 0.8;
    private static final double NEAR_SHARE = 0.15;
    private static final int NEAR_GROUPS = 6;

    private static final String[] FIRST = {"Aina", "Pau", "Laia", "Marc", "Júlia", "Jordi", "Martina", "Pol",
        "Carla", "Arnau", "Ona", "Biel", "Nora", "Àlex", "Lucía", "Hugo", "Emma", "Leo", "Sofía", "Iker"};
    private static final String[] PLACE = {"Palau", "Mollerussa", "Bellvís", "Linyola", "Golmés", "Fondarella",
        "Sidamon", "Vila-sana", "Miralcamp", "Torregrossa"};

    private GeneratedMaps() {
    }

    /** A map of {@code actors} actors and {@code ties} ties (no loops; a pair may repeat) from {@code seed}. */
    public static Ecosystem generate(int actors, int ties, long seed) {
        Random rnd = new Random(seed);
        Vocabulary vocabulary = Vocabulary.defaults();
        List<String> settings = ids(vocabulary, VocabularyCategory.SETTING);
        List<String> actorKinds = ids(vocabulary, VocabularyCategory.ACTOR_KIND);
        List<String> tieKinds = ids(vocabulary, VocabularyCategory.TIE_KIND);
        CserDimension[] dimensions = CserDimension.values();
        PartnershipStage[] stages = PartnershipStage.values();

        Ecosystem.Builder b = Ecosystem.builder("generated " + actors + "/" + ties + " seed " + seed)
                .description("A generated map for benchmarks (org.teixit.bench.GeneratedMaps).");
        int groups = Math.max(1, (actors + NEIGHBOURHOOD - 1) / NEIGHBOURHOOD);
        // Neighbourhood centres uniformly over a disc whose area grows with the number of actors.
        double radius = 12.0 * Math.sqrt(actors);
        double[] cx = new double[groups];
        double[] cy = new double[groups];
        String[] leading = new String[groups];
        for (int g = 0; g < groups; g++) {
            double r = radius * Math.sqrt(rnd.nextDouble());
            double angle = rnd.nextDouble() * 2 * Math.PI;
            cx[g] = r * Math.cos(angle);
            cy[g] = r * Math.sin(angle);
            leading[g] = settings.get(rnd.nextInt(settings.size()));
        }
        int[][] near = nearest(cx, cy, NEAR_GROUPS);
        double cloud = 0.35 * radius / Math.sqrt(groups);
        for (int i = 0; i < actors; i++) {
            int g = i / NEIGHBOURHOOD;
            String setting = rnd.nextDouble() < 0.7 ? leading[g] : settings.get(rnd.nextInt(settings.size()));
            String kind = actorKinds.get(rnd.nextInt(actorKinds.size()));
            String label = label(rnd, kind, setting, i);
            Map<String, String> attributes = new LinkedHashMap<>();
            if (rnd.nextDouble() < 0.3) {
                attributes.put("town", PLACE[rnd.nextInt(PLACE.length)]);
                if (rnd.nextBoolean()) {
                    attributes.put("since", Integer.toString(1990 + rnd.nextInt(35)));
                }
            }
            String notes = rnd.nextDouble() < 0.1 ? "Met at the spring workshop; follow up in June." : "";
            Position p = new Position(cx[g] + rnd.nextGaussian() * cloud, cy[g] + rnd.nextGaussian() * cloud);
            b.actor(new Actor("a" + i, label, kind, setting, notes, attributes, p, rnd.nextDouble() < 0.01));
        }
        if (ties > 0 && actors < 2) {
            throw new IllegalArgumentException("ties need at least two actors");
        }
        for (int i = 0; i < ties; i++) {
            int s = rnd.nextInt(actors);
            int t;
            double where = rnd.nextDouble();
            if (where < INSIDE_SHARE + NEAR_SHARE) {
                int g = s / NEIGHBOURHOOD;
                if (where >= INSIDE_SHARE && near[g].length > 0) {
                    g = near[g][rnd.nextInt(near[g].length)];
                }
                int from = g * NEIGHBOURHOOD;
                int size = Math.min(actors, from + NEIGHBOURHOOD) - from;
                t = size < 2 ? rnd.nextInt(actors) : from + rnd.nextInt(size);
            } else {
                t = rnd.nextInt(actors);
            }
            if (t == s) {
                t = (s + 1) % actors;
            }
            int count = 1 + rnd.nextInt(3);
            Set<CserDimension> dims = EnumSet.noneOf(CserDimension.class);
            while (dims.size() < count) {
                dims.add(dimensions[rnd.nextInt(dimensions.length)]);
            }
            PartnershipStage stage = rnd.nextDouble() < 0.15 ? stages[rnd.nextInt(stages.length)] : null;
            Map<String, String> attributes = rnd.nextDouble() < 0.1
                    ? Map.of("frequency", rnd.nextBoolean() ? "weekly" : "monthly") : Map.of();
            String notes = rnd.nextDouble() < 0.05 ? "Shared the reading club's space." : "";
            b.tie(new Tie("t" + i, "a" + s, "a" + t, tieKinds.get(rnd.nextInt(tieKinds.size())),
                    rnd.nextDouble() < 0.2, 1 + rnd.nextInt(5), dims, stage, notes, attributes));
        }
        return b.build();
    }

    /** For each centre, the indexes of its {@code k} nearest other centres (brute force: a few thousand). */
    private static int[][] nearest(double[] x, double[] y, int k) {
        int n = x.length;
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            int m = Math.min(k, n - 1);
            int[] best = new int[m];
            double[] dist = new double[m];
            java.util.Arrays.fill(dist, Double.MAX_VALUE);
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                double d = (x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j]);
                for (int slot = 0; slot < m; slot++) {
                    if (d < dist[slot]) {
                        System.arraycopy(dist, slot, dist, slot + 1, m - slot - 1);
                        System.arraycopy(best, slot, best, slot + 1, m - slot - 1);
                        dist[slot] = d;
                        best[slot] = j;
                        break;
                    }
                }
            }
            out[i] = best;
        }
        return out;
    }

    private static String label(Random rnd, String kind, String setting, int i) {
        String place = PLACE[rnd.nextInt(PLACE.length)];
        return switch (kind) {
            case "person" -> FIRST[rnd.nextInt(FIRST.length)] + " " + (i % 97 + 1) + " (" + setting + ")";
            case "group" -> "Group " + i + " " + place;
            case "organisation" -> "Association " + i + " of " + place;
            case "institution" -> "School " + i + " " + place;
            default -> "Channel " + i;
        };
    }

    private static List<String> ids(Vocabulary v, VocabularyCategory category) {
        return v.terms(category).stream().map(Term::id).toList();
    }
}
