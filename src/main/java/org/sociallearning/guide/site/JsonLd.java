package org.sociallearning.guide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sociallearning.guide.entry.Entry;

/**
 * schema.org JSON-LD for an entry page: a {@code Course}, an {@code
 * EducationalOccupationalCredential}, an {@code Organization} for a community, and a {@code Person}
 * or {@code Organization} for a coach. The JSON escapes {@code <}, {@code >} and {@code &} so it
 * can sit inside a {@code <script>} element whatever an entry says.
 */
final class JsonLd {

    /** Words that mark a coach's provider as an organisation rather than a person. */
    private static final Pattern ORGANISATION =
            Pattern.compile(
                    "(?i).*\\b(ltd|inc|llc|gmbh|institute|university|college|school|centre|center|associates|association|network|group|team|company|co|academy|foundation|society|council|partners|consulting|lab)\\b.*|.*/.*");

    private final ObjectMapper mapper = new ObjectMapper();

    JsonLd() {
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    String forEntry(Entry e, String pageUrl) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        switch (e.kind()) {
            case "course" -> {
                json.put("@type", "Course");
                common(json, e, pageUrl);
                json.put("provider", party("Organization", e.provider()));
                json.put("isAccessibleForFree", e.cost().equals("free"));
                Map<String, Object> instance = new LinkedHashMap<>();
                instance.put("@type", "CourseInstance");
                instance.put("courseMode", e.format().equals("in-person") ? "onsite" : e.format());
                json.put("hasCourseInstance", instance);
            }
            case "accreditation" -> {
                json.put("@type", "EducationalOccupationalCredential");
                common(json, e, pageUrl);
                json.put("recognizedBy", party("Organization", e.provider()));
            }
            case "coach" -> {
                json.put("@type", isOrganisation(e.provider()) ? "Organization" : "Person");
                common(json, e, pageUrl);
                json.put("knowsAbout", "Social learning");
            }
            default -> {
                json.put("@type", "Organization");
                common(json, e, pageUrl);
            }
        }
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON-LD for " + e.slug(), ex);
        }
    }

    private static void common(Map<String, Object> json, Entry e, String pageUrl) {
        json.put("name", e.title());
        json.put("description", e.summary());
        json.put("url", e.url());
        json.put("mainEntityOfPage", pageUrl);
        json.put("inLanguage", e.languages().size() == 1 ? e.languages().get(0) : e.languages());
        if (!e.tags().isEmpty()) {
            json.put("keywords", String.join(", ", e.tags()));
        }
    }

    private static Map<String, Object> party(String type, String name) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("@type", type);
        party.put("name", name);
        return party;
    }

    static boolean isOrganisation(String provider) {
        return ORGANISATION.matcher(provider.toLowerCase(Locale.ROOT)).matches();
    }

    /** Escapes the characters that could end a script element or start markup. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            for (char c : List.of('<', '>', '&', '\'')) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
