package org.sociallearning.guide.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Reads {@code jbake.properties}. Values the pom owns are written there as Maven placeholders (e.g.
 * {@code site.host=${guide.baseUrl}}); the build filters a copy into the application jar, and this
 * reader takes a placeholder's value from that copy, so each is written once, in the pom.
 */
public final class SiteSettingsReader {

    /** Where the build puts the filtered copy of the repository's {@code jbake.properties}. */
    static final String FILTERED_COPY = "/org/sociallearning/guide/site/jbake.properties";

    static final String FALLBACK_BASE_URL = "http://localhost:8820/";

    private final Properties built;

    public SiteSettingsReader() {
        this.built = new Properties();
        try (InputStream in = SiteSettingsReader.class.getResourceAsStream(FILTERED_COPY)) {
            if (in != null) {
                built.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the built-in " + FILTERED_COPY, e);
        }
    }

    /**
     * @throws IOException when the file cannot be read
     */
    public SiteSettings read(Path propertiesFile) throws IOException {
        Properties props = new Properties();
        try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        return new SiteSettings(
                value(props, "site.title", "Social Learning Guide"),
                value(props, "site.description", ""),
                value(props, "site.host", FALLBACK_BASE_URL),
                value(props, "site.language", "en"),
                value(props, "guide.version", "dev"),
                value(props, "header.separator", "~~~~~~"),
                value(props, "date.format", "yyyy-MM-dd"));
    }

    private String value(Properties props, String key, String fallback) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.contains("${")) {
            String filtered = built.getProperty(key);
            return filtered != null && !filtered.contains("${") ? filtered.strip() : fallback;
        }
        return value.strip();
    }
}
