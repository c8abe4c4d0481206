package org.sociallearning.guide.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.entry.StrictYaml;

/**
 * The curators' rules for external links ({@code data/link-rules.yaml}): per host or per URL, skip
 * the link or accept more statuses as working. A URL's own rule wins over its host's; a host rule
 * {@code *.example.org} covers its subdomains.
 */
public final class LinkRules {

    /** What to do with a link: skip it (with the reason), or accept these statuses as ok. */
    public record Rule(Optional<String> skip, Set<Integer> accept) {
        public Rule {
            accept = Set.copyOf(accept);
        }
    }

    private final Map<String, Rule> hosts;
    private final Map<String, Rule> urls;

    private LinkRules(Map<String, Rule> hosts, Map<String, Rule> urls) {
        this.hosts = Map.copyOf(hosts);
        this.urls = Map.copyOf(urls);
    }

    public static LinkRules none() {
        return new LinkRules(Map.of(), Map.of());
    }

    /**
     * Reads a rules file; a missing file means no rules.
     *
     * @throws IllegalArgumentException when the file is not valid rules, naming the problem
     */
    public static LinkRules read(Path file) throws IOException {
        Object root;
        try {
            root = StrictYaml.load(file);
        } catch (NoSuchFileException e) {
            return none();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return none();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": expected 'hosts:' and 'urls:' maps");
        }
        for (Object key : map.keySet()) {
            if (!"hosts".equals(key) && !"urls".equals(key)) {
                throw new IllegalArgumentException(
                        file + ": unknown key '" + key + "' (expected hosts or urls)");
            }
        }
        return new LinkRules(
                rules(file, map.get("hosts"), true), rules(file, map.get("urls"), false));
    }

    private static Map<String, Rule> rules(Path file, Object section, boolean lowerCase) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        if (section == null) {
            return rules;
        }
        if (!(section instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(file + ": 'hosts' and 'urls' must be maps");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> body)) {
                throw new IllegalArgumentException(file + ": rule for " + key + " must be a map");
            }
            Optional<String> skip = Optional.empty();
            Object s = body.get("skip");
            if (Boolean.TRUE.equals(s)) {
                skip = Optional.of("skipped by data/link-rules.yaml");
            } else if (s instanceof String reason) {
                skip = Optional.of(reason);
            }
            Set<Integer> accept = Set.of();
            Object a = body.get("accept");
            if (a instanceof List<?> list) {
                accept =
                        Set.copyOf(
                                list.stream()
                                        .map(x -> Integer.valueOf(String.valueOf(x)))
                                        .toList());
            } else if (a != null) {
                accept = Set.of(Integer.valueOf(String.valueOf(a)));
            }
            rules.put(lowerCase ? key.toLowerCase(Locale.ROOT) : key, new Rule(skip, accept));
        }
        return rules;
    }

    /** The rule for a URL: its own, else its host's, else its parent domain's wildcard. */
    public Optional<Rule> ruleFor(String url) {
        Rule own = urls.get(url);
        if (own != null) {
            return Optional.of(own);
        }
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        Rule exact = hosts.get(host);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            Rule wildcard = hosts.get("*" + host.substring(dot));
            if (wildcard != null) {
                return Optional.of(wildcard);
            }
        }
        return Optional.empty();
    }
}
