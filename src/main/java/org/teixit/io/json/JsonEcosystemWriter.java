package org.teixit.io.json;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.teixit.io.AtomicFile;
import org.teixit.io.EcosystemWriter;
import org.teixit.model.Actor;
import org.teixit.model.CserDimension;
import org.teixit.model.Ecosystem;
import org.teixit.model.Term;
import org.teixit.model.Tie;
import org.teixit.model.VocabularyCategory;

/** Writes an ecosystem as Teixit JSON, pretty-printed, fields in a fixed order so files diff well. */
public final class JsonEcosystemWriter implements EcosystemWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(Ecosystem ecosystem, Path file) throws IOException {
        AtomicFile.write(file, out -> write(ecosystem, out));
    }

    public void write(Ecosystem ecosystem, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", EcosystemJson.FORMAT);
            g.writeNumberField("version", EcosystemJson.VERSION);
            g.writeStringField("name", ecosystem.name());
            g.writeStringField("description", ecosystem.description());
            writeVocabulary(g, ecosystem);
            g.writeArrayFieldStart("actors");
            for (Actor a : ecosystem.actors()) {
                writeActor(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("ties");
            for (Tie t : ecosystem.ties()) {
                writeTie(g, t);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeVocabulary(JsonGenerator g, Ecosystem ecosystem) throws IOException {
        g.writeObjectFieldStart("vocabulary");
        for (Map.Entry<VocabularyCategory, List<Term>> e : ecosystem.vocabulary().additions().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            g.writeArrayFieldStart(e.getKey().id());
            for (Term t : e.getValue()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("label", t.label());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void writeActor(JsonGenerator g, Actor a) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", a.id());
        g.writeStringField("label", a.label());
        writeIfPresent(g, "kind", a.kind());
        writeIfPresent(g, "setting", a.setting());
        writeIfPresent(g, "notes", a.notes());
        writeAttributes(g, a.attributes());
        if (a.position() != null) {
            g.writeNumberField("x", a.position().x());
            g.writeNumberField("y", a.position().y());
        }
        if (a.pinned()) {
            g.writeBooleanField("pinned", true);
        }
        g.writeEndObject();
    }

    private static void writeTie(JsonGenerator g, Tie t) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", t.id());
        g.writeStringField("source", t.source());
        g.writeStringField("target", t.target());
        writeIfPresent(g, "kind", t.kind());
        g.writeBooleanField("directed", t.directed());
        g.writeNumberField("strength", t.strength());
        g.writeArrayFieldStart("dimensions");
        for (CserDimension d : t.dimensions()) {
            g.writeString(d.id());
        }
        g.writeEndArray();
        if (t.stage() != null) {
            g.writeStringField("stage", t.stage().id());
        }
        writeIfPresent(g, "notes", t.notes());
        writeAttributes(g, t.attributes());
        g.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator g, String field, String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    private static void writeAttributes(JsonGenerator g, Map<String, String> attributes) throws IOException {
        if (attributes.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("attributes");
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
