package org.teixit.store;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.teixit.model.CserDimension;
import org.teixit.model.filter.MapFilter;

/** A {@link MapFilter} as the JSON text a saved view keeps; unknown or broken values fall back to "show all". */
final class FilterCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterCodec() {
    }

    static String encode(MapFilter f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dimensions", f.dimensions().stream().map(CserDimension::id).toList());
        m.put("tieKinds", new TreeSet<>(f.tieKinds()));
        m.put("actorKinds", new TreeSet<>(f.actorKinds()));
        m.put("settings", new TreeSet<>(f.settings()));
        m.put("minStrength", f.minStrength());
        m.put("hideIsolated", f.hideIsolated());
        m.put("egoCenter", f.egoCenter());
        m.put("egoDepth", f.egoDepth());
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static MapFilter decode(String text) {
        try {
            JsonNode n = JSON.readTree(text);
            Set<CserDimension> dims = EnumSet.noneOf(CserDimension.class);
            n.path("dimensions").forEach(d -> CserDimension.parse(d.asText()).ifPresent(dims::add));
            return new MapFilter(dims, strings(n.path("tieKinds")), strings(n.path("actorKinds")),
                    strings(n.path("settings")), n.path("minStrength").asInt(1), n.path("hideIsolated").asBoolean(false),
                    n.hasNonNull("egoCenter") ? n.get("egoCenter").asText() : null, n.path("egoDepth").asInt(1));
        } catch (JsonProcessingException | RuntimeException e) {
            return MapFilter.all();
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
