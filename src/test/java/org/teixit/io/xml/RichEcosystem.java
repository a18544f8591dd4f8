package org.teixit.io.xml;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Tie;

/**
 * A hand-built ecosystem with everything a writer can get wrong: Catalan and Spanish accents, quotes,
 * {@code < & >}, emoji, line breaks, tabs and carriage returns, custom attributes whose names are reserved
 * for fields, kept weights, mixed directedness, every dimension and stage.
 */
public final class RichEcosystem {
    private RichEcosystem() {
    }

    public static Ecosystem build() {
        Actor escola = new Actor("escola", "Escola Sant Jordi — «la nostra»", "institution", "school",
                "Notes amb \"cometes\", <etiquetes> & símbols\nsegona línia\tamb tabulador",
                attributes("codi", "08001234", "alumnes", "412", "pública", "true", "ràtio", "12.5",
                        "buit", "", "espais", "  amb espais  ", "salts", "a\r\nb\rc"),
                new Position(10.5, -20.25), true);
        Actor afa = new Actor("afa", "AFA de l'escola 👪", "group", "family", "",
                attributes("type", "associació", "name", "AFA Sant Jordi", "custom:x", "raw", "emoji", "🎉🧒",
                        "alumnes", "380", "x", "not a coordinate"),
                new Position(-3, 4.000001), false);
        Actor ajuntament = Actor.of("ajuntament", "Ajuntament de Sant Adrià", "institution", "administration");
        Actor nino = new Actor("niño-1", "Niño Ñandú Çedilla & <Cía>", "person", "família monoparental", "",
                attributes("edat", "9"), new Position(1e-7, 123456.789), false);
        Actor bare = Actor.of("bare", "bare", "", "");

        Tie meetings = new Tie("t1", "escola", "afa", "collaboration", true, 5,
                EnumSet.of(CserDimension.COLLECTIVE, CserDimension.GOVERNANCE), PartnershipStage.STRATEGIC,
                "Reunions <mensuals> & \"actes\"\nsegona línia",
                attributes("weight", "7.5", "freqüència", "mensual"));
        Tie chat = new Tie("t2", "afa", "ajuntament", "information", false, 2,
                EnumSet.of(CserDimension.COMMUNICATION), null, "",
                attributes("label", "informal", "directed", "maybe", "Weight", "heavy-ish"));
        Tie funding = new Tie("t3", "ajuntament", "escola", "", true, 1, EnumSet.noneOf(CserDimension.class),
                PartnershipStage.DISTANT, "", attributes("weight", "heavy"));
        Tie loop = new Tie("t4", "escola", "escola", "support", false, 3, EnumSet.of(CserDimension.ORIENTATION),
                null, "", attributes("weight", "3.0"));
        Tie all = new Tie("t5", "niño-1", "afa", "trust", true, 4, EnumSet.allOf(CserDimension.class),
                PartnershipStage.COMPLEMENTARY, "😀 fins aviat", attributes("Pes", "0,5", "count", "3"));

        return Ecosystem.builder("Xarxa «Besòs» — niños & famílias 🌱")
                .description("Mapa del barri\namb accents: àèéíïòóúüç ñ")
                .actor(escola).actor(afa).actor(ajuntament).actor(nino).actor(bare)
                .tie(meetings).tie(chat).tie(funding).tie(loop).tie(all)
                .build();
    }

    /** The same map with every tie directed. */
    public static Ecosystem allDirected() {
        Ecosystem.Builder b = build().toBuilder();
        build().ties().forEach(t -> b.tie(t.withDirected(true)));
        return b.build();
    }

    /** The same map with every tie undirected. */
    public static Ecosystem allUndirected() {
        Ecosystem.Builder b = build().toBuilder();
        build().ties().forEach(t -> b.tie(t.withDirected(false)));
        return b.build();
    }

    private static Map<String, String> attributes(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
