package org.teixit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON printing for commands' {@code --json} output. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /** A new document for one of the files a command was given: it names the file when there are several. */
    static Map<String, Object> documentFor(Path file, boolean severalFiles) {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (severalFiles) {
            doc.put("file", file.toString());
        }
        return doc;
    }

    /** One file's document as it is, several as an array. */
    static void printDocuments(PrintWriter out, List<Map<String, Object>> docs) {
        print(out, docs.size() == 1 ? docs.get(0) : docs);
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
