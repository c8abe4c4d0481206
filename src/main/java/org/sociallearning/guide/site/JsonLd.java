package org.sociallearning.guide.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Facet;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.Term;

/**
 * schema.org JSON-LD for an entry page. The taxonomy says which facet gives the {@code @type} (its
 * terms' {@code schema-org}) and which facets give other properties; this class knows schema.org: a
 * {@code Course} has a provider and a course instance, an {@code EducationalOccupationalCredential}
 * is recognised by its provider, a {@code Person} who is really an organisation (by its name) is an
 * {@code Organization}. The JSON escapes {@code <}, {@code >} and {@code &} so it can sit inside a
 * {@code <script>} element whatever an entry says.
 */
final class JsonLd {

    /** Words that mark a person's provider as an organisation rather than a person. */
    private static final Pattern ORGANISATION =
            Pattern.compile(
                    "(?i).*\\b(ltd|inc|llc|gmbh|institute|university|college|school|centre|center|associates|association|network|group|team|company|co|academy|foundation|society|council|partners|consulting|lab)\\b.*|.*/.*");

    private static final String TYPE = "@type";
    private static final String COURSE_MODE = "courseMode";

    private final ObjectMapper mapper = new ObjectMapper();
    private final Taxonomy taxonomy;

    JsonLd(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    String forEntry(Entry e, String pageUrl) {
        Map<String, Object> properties = properties(e);
        String type = String.valueOf(properties.getOrDefault(TYPE, "Organization"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put(
                TYPE,
                type.equals("Person") && isOrganisation(e.provider()) ? "Organization" : type);
        json.put("name", e.title());
        json.put("description", e.summary());
        json.put("url", e.url());
        json.put("mainEntityOfPage", pageUrl);
        if (!e.tags().isEmpty()) {
            json.put("keywords", String.join(", ", e.tags()));
        }
        switch (type) {
            case "Course" -> {
                json.put("provider", party("Organization", e.provider()));
                Object mode = properties.get(COURSE_MODE);
                if (mode != null) {
                    Map<String, Object> instance = new LinkedHashMap<>();
                    instance.put(TYPE, "CourseInstance");
                    instance.put(COURSE_MODE, mode);
                    json.put("hasCourseInstance", instance);
                }
            }
            case "EducationalOccupationalCredential" ->
                    json.put("recognizedBy", party("Organization", e.provider()));
            case "Person" -> json.put("knowsAbout", "Social learning");
            default -> {}
        }
        properties.forEach(
                (property, value) -> {
                    boolean placed = property.equals(TYPE) || property.equals(COURSE_MODE);
                    boolean courseOnly = property.equals("isAccessibleForFree");
                    if (!placed && (!courseOnly || type.equals("Course"))) {
                        json.put(property, value);
                    }
                });
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write JSON-LD for " + e.slug(), ex);
        }
    }

    /**
     * The schema.org properties the entry's facet values give: a term's {@code schema-org} value
     * (true and false as booleans), else the value itself; one value as it is, several as a list.
     */
    private Map<String, Object> properties(Entry e) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Facet facet : taxonomy.facets()) {
            if (facet.jsonLd().isEmpty() || e.values(facet.field()).isEmpty()) {
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (String value : e.values(facet.field())) {
                String mapped =
                        facet.term(value)
                                .map(Term::schemaOrg)
                                .filter(s -> !s.isEmpty())
                                .orElse(value);
                values.add(
                        mapped.equals("true") || mapped.equals("false")
                                ? Boolean.valueOf(mapped)
                                : mapped);
            }
            properties.put(facet.jsonLd().get(), values.size() == 1 ? values.get(0) : values);
        }
        return properties;
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
