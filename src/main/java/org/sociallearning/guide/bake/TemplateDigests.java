package org.sociallearning.guide.bake;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page's rendering depends on besides its view: the settings file (templates may read any
 * setting through JBake's {@code config}) and, per template kind, the template file with every file
 * it imports or includes, transitively. A template whose imports cannot be followed (a name built
 * at render time) depends on every template.
 */
public final class TemplateDigests {

    private static final Pattern IMPORT =
            Pattern.compile("<#(?:import|include)\\s+(\"[^\"]*\"|'[^']*'|\\S+)");

    private final Path templates;
    private final Properties properties = new Properties();
    private final byte[] settings;
    private final Map<String, byte[]> byKind = new HashMap<>();

    /**
     * @param source the site's source folder
     * @param baseUrl the base URL the bake uses, which JBake hands templates as {@code site.host}
     */
    public TemplateDigests(Path source, String baseUrl) {
        Path file = source.resolve("jbake.properties");
        byte[] bytes = read(file);
        try (Reader reader =
                new java.io.InputStreamReader(
                        new java.io.ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable settings file fails validation before a bake gets here
        }
        this.templates = source.resolve(properties.getProperty("template.folder", "templates"));
        MessageDigest digest = PageDigest.sha256();
        digest.update(bytes);
        digest.update((byte) 0);
        digest.update(baseUrl.getBytes(StandardCharsets.UTF_8));
        this.settings = digest.digest();
    }

    /** The salt of a page of this template kind: settings, then its templates' bytes. */
    public synchronized byte[] salt(String kind) {
        return byKind.computeIfAbsent(kind, this::compute);
    }

    private byte[] compute(String kind) {
        MessageDigest digest = PageDigest.sha256();
        digest.update(settings);
        String name = properties.getProperty("template." + kind + ".file", "");
        TreeSet<String> files = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(name);
        boolean dynamic = false;
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (next.isEmpty() || !files.add(next)) {
                continue;
            }
            String text = new String(read(templates.resolve(next)), StandardCharsets.UTF_8);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("\"") || target.startsWith("'")) {
                    String plain = target.substring(1, target.length() - 1);
                    if (plain.contains("${") || plain.contains("..")) {
                        dynamic = true;
                    } else {
                        todo.add(relative(next, plain));
                    }
                } else {
                    dynamic = true;
                }
            }
        }
        if (dynamic) {
            files.addAll(allTemplates());
        }
        for (String f : files) {
            digest.update(f.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(PageDigest.sha256().digest(read(templates.resolve(f))));
        }
        return digest.digest();
    }

    /** Freemarker resolves a name without a leading slash against the importing template. */
    private static String relative(String from, String name) {
        if (name.startsWith("/")) {
            return name.substring(1);
        }
        int slash = from.lastIndexOf('/');
        return slash < 0 ? name : from.substring(0, slash + 1) + name;
    }

    private TreeSet<String> allTemplates() {
        TreeSet<String> all = new TreeSet<>();
        try (var walk = Files.walk(templates)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .forEach(p -> all.add(templates.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | java.io.UncheckedIOException e) {
            // a missing folder fails the bake itself
        }
        return all;
    }

    /** A file's bytes, or none when it cannot be read (the bake then reports it). */
    private static byte[] read(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
