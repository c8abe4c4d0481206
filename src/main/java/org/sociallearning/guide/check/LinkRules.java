package org.sociallearning.guide.check;

import java.io.IOException;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.entry.StrictYaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

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

    /** The rules, or the problems (at their file and line) that keep them from being used. */
    public record Result(Optional<LinkRules> rules, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a rules file. A file that is missing or not valid rules is a problem at its line, never
     * "no rules"; {@code shown} is the file's name in problems.
     */
    public static Result read(Path file, Path shown) {
        Node root;
        try {
            root = StrictYaml.compose(file);
        } catch (NoSuchFileException e) {
            return failed(Problem.error(SourceLocation.of(shown), "no such rules file"));
        } catch (IOException e) {
            return failed(Problem.error(SourceLocation.of(shown), "cannot read: " + e));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return failed(
                    Problem.error(
                            SourceLocation.of(shown, line), "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            return failed(
                    Problem.error(SourceLocation.of(shown), "not valid YAML: " + e.getMessage()));
        }
        Parser parser = new Parser(shown);
        LinkRules rules = parser.rules(root);
        return parser.problems.isEmpty()
                ? new Result(Optional.of(rules), List.of())
                : new Result(Optional.empty(), parser.problems);
    }

    private static Result failed(Problem problem) {
        return new Result(Optional.empty(), List.of(problem));
    }

    /** Turns the node tree into rules, collecting a problem at the line of each mistake. */
    private static final class Parser {
        private final Path file;
        private final List<Problem> problems = new ArrayList<>();

        Parser(Path file) {
            this.file = file;
        }

        LinkRules rules(Node root) {
            if (root == null) {
                return none();
            }
            if (!(root instanceof MappingNode map)) {
                problem(root, "expected 'hosts:' and 'urls:' maps");
                return none();
            }
            Map<String, Rule> hosts = new LinkedHashMap<>();
            Map<String, Rule> urls = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode());
                if ("hosts".equals(key)) {
                    section(t.getValueNode(), true, hosts);
                } else if ("urls".equals(key)) {
                    section(t.getValueNode(), false, urls);
                } else {
                    problem(t.getKeyNode(), "unknown key '" + key + "' (expected hosts or urls)");
                }
            }
            return new LinkRules(hosts, urls);
        }

        private void section(Node section, boolean lowerCase, Map<String, Rule> into) {
            if (isNull(section)) {
                return;
            }
            if (!(section instanceof MappingNode map)) {
                problem(section, "'hosts' and 'urls' must be maps");
                return;
            }
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode());
                if (!(t.getValueNode() instanceof MappingNode body)) {
                    problem(t.getValueNode(), "the rule for " + key + " must be a map");
                    continue;
                }
                Optional<String> skip = Optional.empty();
                Set<Integer> accept = new LinkedHashSet<>();
                for (NodeTuple field : body.getValue()) {
                    String name = scalar(field.getKeyNode());
                    Node value = field.getValueNode();
                    if ("skip".equals(name)) {
                        skip = skip(value);
                    } else if ("accept".equals(name)) {
                        List<Node> codes =
                                value instanceof SequenceNode list
                                        ? list.getValue()
                                        : List.of(value);
                        codes.forEach(code -> status(code).ifPresent(accept::add));
                    } else {
                        problem(
                                field.getKeyNode(),
                                "unknown field '" + name + "' (expected skip or accept)");
                    }
                }
                into.put(lowerCase ? key.toLowerCase(Locale.ROOT) : key, new Rule(skip, accept));
            }
        }

        private Optional<String> skip(Node value) {
            String s = scalar(value);
            if (s.equals("true")) {
                return Optional.of("skipped by data/link-rules.yaml");
            }
            if (s.equals("false") || s.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(s);
        }

        private Optional<Integer> status(Node code) {
            String s = scalar(code);
            if (s.matches("[1-9][0-9]{2}")) {
                return Optional.of(Integer.valueOf(s));
            }
            problem(code, "accept: \"" + s + "\" is not an HTTP status (100 to 999)");
            return Optional.empty();
        }

        private static String scalar(Node node) {
            return node instanceof ScalarNode s ? s.getValue().strip() : "";
        }

        private static boolean isNull(Node node) {
            return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
        }

        private void problem(Node at, String message) {
            problems.add(
                    Problem.error(
                            SourceLocation.of(file, at.getStartMark().getLine() + 1), message));
        }
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
