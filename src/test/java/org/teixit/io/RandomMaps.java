package org.teixit.io;

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
import org.teixit.model.Tie;

/** Random maps with text that breaks naive writers: delimiters, quotes, line breaks, formulas, accents, emoji. */
final class RandomMaps {
    private static final List<String> PIECES = List.of("a", "Escola", "Plaça", "Niño", "l'AFA", "\"cometes\"", ",", ";",
            "\t", "\n", "\r\n", " ", "=SUM(A1)", "+34", "-", "@", "'", "<b>", "&amp;", "😀", "ñ", "·", "x", "0", "12.5",
            "08001", "custom:", "_x000D_", "é", "Ω", "—");
    private static final List<String> NAMES = List.of("Barri", "codi", "alumnes", "Weight", "type", "label", "Id",
            "Source", "x", "custom:y", "notes", "Freqüència", "direction", "pes", "to", "kind", "edat", "weight");

    private RandomMaps() {
    }

    static String text(Random r, int maxPieces) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(maxPieces);
        for (int i = 0; i < n; i++) {
            b.append(PIECES.get(r.nextInt(PIECES.size())));
        }
        return b.toString();
    }

    private static String id(Random r, int i) {
        String t = text(r, 3).strip();
        return (t.isEmpty() ? "n" : t) + "#" + i;
    }

    private static Map<String, String> attributes(Random r) {
        Map<String, String> a = new LinkedHashMap<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            a.put(NAMES.get(r.nextInt(NAMES.size())), r.nextInt(5) == 0 ? "" : text(r, 4));
        }
        return a;
    }

    static Ecosystem map(long seed) {
        Random r = new Random(seed);
        Ecosystem.Builder b = Ecosystem.builder("Mapa " + text(r, 3).strip()).description(text(r, 4));
        int actors = r.nextInt(12);
        String[] ids = new String[actors];
        for (int i = 0; i < actors; i++) {
            ids[i] = id(r, i);
            Position p = r.nextBoolean() ? new Position(r.nextGaussian() * 100, -r.nextDouble() * 1e-3) : null;
            b.actor(new Actor(ids[i], r.nextInt(4) == 0 ? null : text(r, 5),
                    r.nextBoolean() ? "" : List.of("person", "group", "escola nova", "=x").get(r.nextInt(4)),
                    r.nextBoolean() ? "" : List.of("family", "school", "barri").get(r.nextInt(3)),
                    r.nextBoolean() ? "" : text(r, 6), attributes(r), p, p != null && r.nextBoolean()));
        }
        int ties = actors == 0 ? 0 : r.nextInt(15);
        for (int i = 0; i < ties; i++) {
            Set<CserDimension> dims = EnumSet.noneOf(CserDimension.class);
            for (CserDimension d : CserDimension.values()) {
                if (r.nextInt(3) == 0) {
                    dims.add(d);
                }
            }
            Map<String, String> attrs = attributes(r);
            if (r.nextInt(3) == 0) {
                attrs.put("weight", List.of("0.5", "7", "heavy", "3", "3.0", "-2").get(r.nextInt(6)));
            }
            PartnershipStage stage = r.nextInt(3) == 0 ? null : PartnershipStage.values()[r.nextInt(3)];
            b.tie(new Tie("t" + i + text(r, 2).strip(), ids[r.nextInt(actors)], ids[r.nextInt(actors)],
                    r.nextBoolean() ? "" : List.of("support", "trust", "nova relació").get(r.nextInt(3)),
                    r.nextBoolean(), 1 + r.nextInt(5), dims, stage, r.nextBoolean() ? "" : text(r, 5), attrs));
        }
        return b.build();
    }
}
