package org.teixit.io.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.teixit.io.EcosystemReader;
import org.teixit.io.ImportBatch;
import org.teixit.io.ImportException;
import org.teixit.io.SourceLocation;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Position;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;
import org.teixit.task.Progress;

/**
 * Reads Teixit JSON. Errors name the file, the line (from the parser) and the field. Values are checked as
 * strictly as the store checks them: a strength of 7 or an unknown dimension is refused, not guessed.
 */
public final class JsonEcosystemReader implements EcosystemReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).build());
    }

    @Override
    public ImportBatch read(Path file, Progress progress) throws ImportException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, progress);
        } catch (IOException e) {
            throw new ImportException(SourceLocation.file(name), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a whole ecosystem (name, vocabulary and all), as the bundled sample needs. */
    public Ecosystem readEcosystem(InputStream in, String name) throws ImportException {
        JsonNode root = parse(in, name);
        ImportBatch batch = toBatch(root, name, Progress.NONE);
        Ecosystem.Builder b = Ecosystem.builder(batch.graphName())
                .description(root.path("description").asText(""))
                .vocabulary(vocabulary(root.path("vocabulary")));
        batch.actors().forEach(b::actor);
        batch.ties().forEach(b::tie);
        try {
            return b.build();
        } catch (IllegalStateException e) {
            throw new ImportException(SourceLocation.file(name), "ties", e.getMessage());
        }
    }

    public ImportBatch read(InputStream in, String name, Progress progress) throws ImportException {
        return toBatch(parse(in, name), name, progress);
    }

    private static JsonNode parse(InputStream in, String name) throws ImportException {
        try {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || !root.isObject()) {
                throw new ImportException(SourceLocation.file(name), null, "is not a Teixit JSON map (no object)");
            }
            if (!EcosystemJson.FORMAT.equals(root.path("format").asText())) {
                throw new ImportException(SourceLocation.line(name, 1), "format",
                        "is not \"" + EcosystemJson.FORMAT + "\"");
            }
            if (root.path("version").asInt(0) > EcosystemJson.VERSION) {
                throw new ImportException(SourceLocation.line(name, 1), "version",
                        "was written by a newer Teixit; please update");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            throw new ImportException(SourceLocation.line(name, line), null,
                    "is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException(SourceLocation.file(name), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private static ImportBatch toBatch(JsonNode root, String name, Progress progress) throws ImportException {
        ImportBatch.Builder batch = ImportBatch.builder(name).graphName(root.path("name").asText(null))
                .graphDescription(root.path("description").asText(null));
        JsonNode actors = root.path("actors");
        int i = 0;
        for (JsonNode a : actors) {
            progress.checkCancelled();
            SourceLocation where = SourceLocation.file(name + " actors[" + i++ + "]");
            Actor actor = checked(() -> actor(a, where), where, "actor");
            if (batch.hasActor(actor.id())) {
                throw new ImportException(where, "id", "duplicate actor id '" + actor.id() + "'");
            }
            batch.actor(actor, where);
        }
        i = 0;
        for (JsonNode t : root.path("ties")) {
            progress.checkCancelled();
            SourceLocation where = SourceLocation.file(name + " ties[" + i++ + "]");
            Tie tie = checked(() -> tie(t, where), where, "tie");
            if (batch.hasTie(tie.id())) {
                throw new ImportException(where, "id", "duplicate tie id '" + tie.id() + "'");
            }
            batch.tie(tie, where);
        }
        return batch.build();
    }

    /** Reads one record; a value the model refuses (an id too long, a position out of range) names its place. */
    private interface Part<T> {
        T read() throws ImportException;
    }

    private static <T> T checked(Part<T> part, SourceLocation where, String what) throws ImportException {
        try {
            return part.read();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ImportException(where, what, e.getMessage());
        }
    }

    private static Actor actor(JsonNode a, SourceLocation where) throws ImportException {
        String id = text(a, "id", where, true);
        Position position = null;
        if (a.hasNonNull("x") || a.hasNonNull("y")) {
            if (!a.path("x").isNumber() || !a.path("y").isNumber()) {
                throw new ImportException(where, "x", "a position needs numbers x and y");
            }
            position = new Position(a.get("x").asDouble(), a.get("y").asDouble());
        }
        return new Actor(id, text(a, "label", where, false), text(a, "kind", where, false),
                text(a, "setting", where, false), text(a, "notes", where, false),
                attributes(a.path("attributes"), where), position, a.path("pinned").asBoolean(false));
    }

    private static Tie tie(JsonNode t, SourceLocation where) throws ImportException {
        JsonNode strengthNode = t.path("strength");
        int strength = strengthNode.isMissingNode() ? Tie.DEFAULT_STRENGTH : strengthNode.asInt(-1);
        if (!strengthNode.isMissingNode() && (!strengthNode.canConvertToInt() || strength < 1 || strength > 5)) {
            throw new ImportException(where, "strength", "must be a whole number from 1 to 5, was " + strengthNode);
        }
        Set<CserDimension> dims = EnumSet.noneOf(CserDimension.class);
        for (JsonNode d : t.path("dimensions")) {
            dims.add(CserDimension.parse(d.asText()).orElseThrow(() ->
                    new ImportException(where, "dimensions", "unknown CSER dimension '" + d.asText() + "'")));
        }
        String stageText = text(t, "stage", where, false);
        PartnershipStage stage = stageText.isEmpty() ? null : PartnershipStage.parse(stageText).orElseThrow(() ->
                new ImportException(where, "stage", "must be distant, complementary or strategic"));
        return new Tie(text(t, "id", where, true), text(t, "source", where, true), text(t, "target", where, true),
                text(t, "kind", where, false), t.path("directed").asBoolean(false), strength, dims, stage,
                text(t, "notes", where, false), attributes(t.path("attributes"), where));
    }

    private static String text(JsonNode node, String field, SourceLocation where, boolean required)
            throws ImportException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new ImportException(where, field, "is missing");
            }
            return "";
        }
        if (!v.isValueNode()) {
            throw new ImportException(where, field, "must be text");
        }
        String s = v.asText();
        if (required && s.isBlank()) {
            throw new ImportException(where, field, "is empty");
        }
        return s;
    }

    private static Map<String, String> attributes(JsonNode node, SourceLocation where) throws ImportException {
        Map<String, String> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new ImportException(where, "attributes", "must be an object of names to values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), e.getValue().asText());
        }
        return out;
    }

    private static Vocabulary vocabulary(JsonNode node) {
        Vocabulary v = Vocabulary.defaults();
        for (VocabularyCategory c : VocabularyCategory.values()) {
            for (JsonNode t : node.path(c.id())) {
                v = v.with(c, new Term(t.path("id").asText(), t.path("label").asText("")));
            }
        }
        return v;
    }
}
