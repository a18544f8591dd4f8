package org.teixit.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.teixit.model.CserDimension;
import org.teixit.model.PartnershipStage;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/** Every bundle has the English keys, keys used in code exist, and apostrophes survive MessageFormat. */
class MessagesConsistencyTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesConsistencyTest.class.getResourceAsStream("/org/teixit/i18n/" + name)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    /** Every key of every message bundle (not the CLI help bundles), in one language. */
    private static Properties allMessages(String suffix) throws IOException {
        Properties all = new Properties();
        for (String bundle : Messages.BUNDLES) {
            all.putAll(load(bundle.substring(bundle.lastIndexOf('.') + 1) + suffix + ".properties"));
        }
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "analysis", "io", "collect", "cli", "cli_analysis", "cli_io", "cli_collect"})
    void translationsHaveExactlyTheEnglishKeys(String bundle) throws IOException {
        Set<String> english = load(bundle + ".properties").stringPropertyNames();
        for (String lang : new String[] {"ca", "es"}) {
            Set<String> translated = load(bundle + "_" + lang + ".properties").stringPropertyNames();
            assertEquals(new TreeSet<>(english), new TreeSet<>(translated), bundle + "_" + lang);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_ca", "_es"})
    void patternsWithArgumentsDoubleTheirApostrophes(String file) throws IOException {
        Properties p = allMessages(file);
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            if (value.contains("{0}")) {
                assertTrue(!value.replace("''", "").contains("'"), file + " " + key + " has a lone apostrophe");
            }
        }
    }

    @Test
    void modelVocabularyHasNamesInEveryLanguage() throws IOException {
        Set<String> keys = new HashSet<>();
        for (CserDimension d : CserDimension.values()) {
            keys.add(d.nameKey());
            keys.add(d.descriptionKey());
        }
        for (PartnershipStage s : PartnershipStage.values()) {
            keys.add(s.nameKey());
        }
        for (VocabularyCategory c : VocabularyCategory.values()) {
            Vocabulary.defaults().terms(c).forEach(t -> keys.add(t.bundleKey(c)));
        }
        for (String file : new String[] {"messages.properties", "messages_ca.properties", "messages_es.properties"}) {
            Set<String> present = load(file).stringPropertyNames();
            for (String key : keys) {
                assertTrue(present.contains(key), file + " lacks " + key);
            }
        }
    }

    @Test
    void everyKeyTheCodeLooksUpExists() throws IOException {
        Pattern use = Pattern.compile("Messages\\.get\\(\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");
        Set<String> english = allMessages("").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = use.matcher(Files.readString(f));
                while (m.find()) {
                    if (!english.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
