package org.sociallearning.guide.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Loads the guide's small data files ({@code data/taxonomy.yaml}, {@code data/link-rules.yaml})
 * with only the plain part of YAML: mappings with string keys, sequences and scalars, one document,
 * at most {@link #MAX_DEPTH} levels deep and {@link #MAX_BYTES} long. Anchors, aliases (the
 * "billion laughs"), merge keys ({@code <<}), explicit tags, duplicate keys and keys that YAML
 * reads as a number or a boolean ({@code no:}, {@code 1:}) are refused, each as a {@link
 * MarkedYAMLException} at its line, which the readers report as a problem, never as an internal
 * error. The file is read only when it is a regular file, not a link.
 */
public final class StrictYaml {

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_DEPTH = 10;

    /** A construct the guide's YAML files may not use, at its place in the file. */
    public static final class Refused extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        Refused(String problem, Mark mark) {
            super(null, null, problem, mark);
        }

        /** {@code line 3, column 7: aliases are not allowed ...}. */
        @Override
        public String getMessage() {
            Mark mark = getProblemMark();
            return mark == null
                    ? getProblem()
                    : "line "
                            + (mark.getLine() + 1)
                            + ", column "
                            + (mark.getColumn() + 1)
                            + ": "
                            + getProblem();
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    private StrictYaml() {}

    /**
     * Loads a file's one document as maps, lists, strings, numbers and booleans.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws MarkedYAMLException when the file is not valid YAML, or uses what is refused
     */
    public static Object load(Path file) throws IOException {
        String text = read(file);
        Yaml yaml = yaml();
        return checked(yaml, text, () -> compose(yaml, text) == null ? null : yaml.load(text));
    }

    /**
     * Composes a file's one document as a node tree whose nodes keep their lines, for readers that
     * report problems at the line of a value; null for an empty file.
     *
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws MarkedYAMLException when the file is not valid YAML, or uses what is refused
     */
    public static Node compose(Path file) throws IOException {
        String text = read(file);
        Yaml yaml = yaml();
        return checked(yaml, text, () -> compose(yaml, text));
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit(MAX_BYTES);
        return new Yaml(new SafeConstructor(options));
    }

    /** The document's node tree, after its events and keys passed every check. */
    private static Node compose(Yaml yaml, String text) {
        checkEvents(yaml.parse(new StringReader(text)));
        Node root = yaml.compose(new StringReader(text));
        if (root != null) {
            checkKeys(root);
        }
        return root;
    }

    /** Runs a step of loading, turning every YAML failure into a {@link Refused} at its place. */
    private static <T> T checked(Yaml yaml, String text, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (Refused e) {
            throw e;
        } catch (MarkedYAMLException e) {
            throw new Refused(e.getProblem(), e.getProblemMark());
        } catch (ReaderException e) {
            throw new Refused(
                    String.format("the character U+%04X is not allowed", e.getCodePoint()),
                    at(text, e.getPosition()));
        } catch (YAMLException e) {
            throw new Refused(String.valueOf(e.getMessage()), start());
        }
    }

    private static Mark at(String text, int index) {
        int line = 0;
        int column = 0;
        for (int i = 0; i < Math.min(index, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 0;
            } else {
                column++;
            }
        }
        return new Mark("file", index, line, column, new int[0], 0);
    }

    private static String read(Path file) throws IOException {
        if (Files.isSymbolicLink(file)
                || (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))) {
            throw new Refused("not a regular file; links are never followed", start());
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new Refused("the file is larger than " + MAX_BYTES / 1024 + " KB", start());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Anchors, aliases, tags, depth and documents, seen in the event stream before any node. */
    private static void checkEvents(Iterable<Event> events) {
        int depth = 0;
        int documents = 0;
        for (Event event : events) {
            if (event.is(Event.ID.Alias)) {
                throw new Refused(
                        "aliases (*name) are not allowed; write the value out",
                        event.getStartMark());
            }
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw new Refused(
                        "anchors (&" + node.getAnchor() + ") are not allowed; write values out",
                        event.getStartMark());
            }
            if (hasExplicitTag(event)) {
                throw new Refused("tags (!!type) are not allowed", event.getStartMark());
            }
            if (event.is(Event.ID.DocumentStart) && ++documents > 1) {
                throw new Refused("only one document is allowed (no ---)", event.getStartMark());
            }
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                throw new Refused(
                        "nested more than " + MAX_DEPTH + " levels deep", event.getStartMark());
            }
            if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                depth--;
            }
        }
    }

    private static boolean hasExplicitTag(Event event) {
        if (event instanceof ScalarEvent scalar) {
            return scalar.getTag() != null;
        }
        return event instanceof CollectionStartEvent collection && collection.getTag() != null;
    }

    /** Every mapping key a plain string: no merge key, no number or boolean. */
    private static void checkKeys(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Node key = tuple.getKeyNode();
                if (key.getTag().equals(Tag.MERGE)) {
                    throw new Refused(
                            "merge keys (<<) are not allowed; write the keys out",
                            key.getStartMark());
                }
                if (!(key instanceof ScalarNode) || !key.getTag().equals(Tag.STR)) {
                    String shown =
                            key instanceof ScalarNode s ? "\"" + s.getValue() + "\"" : "a key";
                    throw new Refused(
                            shown
                                    + " is not read as a string key; quote it (e.g. \"no\":)"
                                    + (key instanceof ScalarNode ? "" : ", or use a plain key"),
                            key.getStartMark());
                }
                checkKeys(tuple.getValueNode());
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(StrictYaml::checkKeys);
        }
    }

    private static Mark start() {
        return new Mark("file", 0, 0, 0, new int[0], 0);
    }
}
