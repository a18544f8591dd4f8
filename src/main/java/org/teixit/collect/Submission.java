package org.teixit.collect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.teixit.model.CserDimension;
import org.teixit.model.Tie;
import org.teixit.model.Vocabulary;
import org.teixit.model.VocabularyCategory;

/**
 * One participant's answers, checked: who they are and the ties they name. Built from the JSON a phone
 * posts; every refusal names the field ({@link Invalid}).
 *
 * <pre>{"code": "123456", "token": "…"?, "respondent": {"name": "…", "kind": "person"?, "setting": "family"?},
 *  "ties": [{"to": "…", "kind": "support"?, "dimensions": ["orientation", …]?, "strength": 1..5?}]}</pre>
 *
 * @param respondent who answers
 * @param ties       the ties they report, at most {@link #MAX_TIES}
 * @param token      the token of an earlier answer this one replaces, or {@code null}
 */
public record Submission(Respondent respondent, List<TieAnswer> ties, String token) {
    /** Most ties one answer may carry. */
    public static final int MAX_TIES = 50;
    private static final int MAX_ID_LENGTH = 64;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    public Submission {
        ties = List.copyOf(ties);
    }

    /** Who answers: a name matched to an existing actor (ignoring case and accents) or a new actor. */
    public record Respondent(String name, String kind, String setting) {
    }

    /** A tie the respondent reports: to whom (a name), its kind, CSER dimensions and strength 1–5. */
    public record TieAnswer(String to, String kind, Set<CserDimension> dimensions, int strength) {
        public TieAnswer {
            dimensions = dimensions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(dimensions));
        }
    }

    /** A refused answer: which field and why (English, for the API; the page shows its own text). */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String field;

        Invalid(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Reads and checks a posted answer against the map's vocabulary ({@code null}: any kind or setting is
     * accepted, for answers read back from the journal). The join code is checked elsewhere.
     */
    static Submission parse(JsonNode root, Vocabulary vocabulary) throws Invalid {
        if (root == null || !root.isObject()) {
            throw new Invalid("", "the body must be a JSON object");
        }
        String token = optionalText(root, "token", "token", 64);
        if (token != null && !TOKEN.matcher(token).matches()) {
            throw new Invalid("token", "not a response token");
        }
        JsonNode r = root.get("respondent");
        if (r == null || !r.isObject()) {
            throw new Invalid("respondent", "respondent must be an object with a name");
        }
        String name = name(r.get("name"), "respondent.name");
        String kind = vocabularyId(r, "kind", "respondent.kind", vocabulary, VocabularyCategory.ACTOR_KIND);
        String setting = vocabularyId(r, "setting", "respondent.setting", vocabulary, VocabularyCategory.SETTING);
        Respondent respondent = new Respondent(name, kind, setting);

        JsonNode t = root.get("ties");
        List<TieAnswer> ties = new ArrayList<>();
        if (t != null && !t.isNull()) {
            if (!t.isArray()) {
                throw new Invalid("ties", "ties must be a list");
            }
            if (t.size() > MAX_TIES) {
                throw new Invalid("ties", "at most " + MAX_TIES + " ties in one answer");
            }
            String selfKey = Names.key(name);
            for (int i = 0; i < t.size(); i++) {
                String at = "ties[" + i + "]";
                JsonNode tie = t.get(i);
                if (!tie.isObject()) {
                    throw new Invalid(at, "each tie must be an object");
                }
                String to = name(tie.get("to"), at + ".to");
                if (Names.key(to).equals(selfKey)) {
                    throw new Invalid(at + ".to", "a tie must go to someone else");
                }
                String tieKind = vocabularyId(tie, "kind", at + ".kind", vocabulary, VocabularyCategory.TIE_KIND);
                ties.add(new TieAnswer(to, tieKind, dimensions(tie.get("dimensions"), at + ".dimensions"),
                        strength(tie.get("strength"), at + ".strength")));
            }
        }
        return new Submission(respondent, ties, token);
    }

    private static String name(JsonNode node, String field) throws Invalid {
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            throw new Invalid(field, "a name is needed");
        }
        if (!node.isTextual()) {
            throw new Invalid(field, "must be text");
        }
        String raw = node.asText();
        if (raw.length() > Names.MAX_LENGTH * 4) {
            throw new Invalid(field, "names are at most " + Names.MAX_LENGTH + " characters");
        }
        String clean = Names.clean(raw);
        if (clean.isEmpty()) {
            throw new Invalid(field, "a name is needed");
        }
        if (Names.length(clean) > Names.MAX_LENGTH) {
            throw new Invalid(field, "names are at most " + Names.MAX_LENGTH + " characters");
        }
        return clean;
    }

    private static String optionalText(JsonNode parent, String key, String field, int max) throws Invalid {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new Invalid(field, "must be text");
        }
        String text = node.asText().strip();
        if (text.length() > max) {
            throw new Invalid(field, "too long");
        }
        return text.isEmpty() ? null : text;
    }

    private static String vocabularyId(JsonNode parent, String key, String field, Vocabulary vocabulary,
                                       VocabularyCategory category) throws Invalid {
        String id = optionalText(parent, key, field, MAX_ID_LENGTH);
        if (id == null) {
            return "";
        }
        if (vocabulary != null && !vocabulary.contains(category, id)) {
            throw new Invalid(field, "unknown " + category.id() + " \"" + id + "\"; known: "
                    + String.join(", ", vocabulary.terms(category).stream().map(x -> x.id()).toList()));
        }
        return id;
    }

    private static Set<CserDimension> dimensions(JsonNode node, String field) throws Invalid {
        Set<CserDimension> out = EnumSet.noneOf(CserDimension.class);
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray() || node.size() > CserDimension.values().length * 2) {
            throw new Invalid(field, "dimensions must be a list of CSER dimension ids");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode d = node.get(i);
            CserDimension found = null;
            if (d.isTextual()) {
                for (CserDimension c : CserDimension.values()) {
                    if (c.id().equals(d.asText())) {
                        found = c;
                    }
                }
            }
            if (found == null) {
                throw new Invalid(field + "[" + i + "]", "not a CSER dimension id (orientation, funds, collective, "
                        + "governance, communication)");
            }
            out.add(found);
        }
        return out;
    }

    private static int strength(JsonNode node, String field) throws Invalid {
        if (node == null || node.isNull()) {
            return Tie.DEFAULT_STRENGTH;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < Tie.MIN_STRENGTH
                || node.asInt() > Tie.MAX_STRENGTH) {
            throw new Invalid(field, "strength must be a whole number from 1 to 5");
        }
        return node.asInt();
    }

    /** This answer as the JSON it was read from (without code or token), for the moderation journal. */
    Map<String, Object> toJson() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", respondent.name());
        r.put("kind", respondent.kind());
        r.put("setting", respondent.setting());
        List<Map<String, Object>> list = new ArrayList<>();
        for (TieAnswer t : ties) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("to", t.to());
            m.put("kind", t.kind());
            m.put("dimensions", t.dimensions().stream().sorted().map(CserDimension::id).toList());
            m.put("strength", t.strength());
            list.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("respondent", r);
        doc.put("ties", list);
        return doc;
    }
}
