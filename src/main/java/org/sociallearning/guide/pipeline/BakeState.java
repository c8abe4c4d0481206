package org.sociallearning.guide.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.sociallearning.guide.check.LinkIndex;
import org.sociallearning.guide.output.FileTrees;

/**
 * What a bake leaves for the next one, in the output's state folder (never in the output): which
 * output it describes, every output file with the hash of its inputs and its size and time as
 * written, the assets as read, the Markdown bodies as HTML, and who links to what.
 *
 * @param output the identity of the output this state describes (see {@code
 *     OutputFolder#identity()})
 * @param key the secret key of the page hashes (see {@code PageDigest}), random per output
 * @param files every file of the output but the marker, by path in the site
 * @param assets every file of {@code assets/} as read, by path in the site
 * @param bodies Markdown as clean HTML, by {@code LEVEL:HASH} (the keyed hash of {@code
 *     PageDigest#text})
 * @param links the output's links, for re-checking only what a change can break
 * @param sketch what the plan was made from, for telling a change of entry bodies alone
 */
record BakeState(
        String output,
        String key,
        Map<String, OutputFile> files,
        Map<String, Stamp> assets,
        Map<String, String> bodies,
        LinkIndex links,
        PlanSketch sketch) {

    /** Bumped whenever the format or what a key covers changes: older state is then ignored. */
    private static final String FORMAT = "guide-state 4";

    /**
     * The guide's code that writes and reads the state: a state written by another build (whose
     * planner may make other views of the same inputs) is ignored.
     */
    private static final String CODE = code();

    static final String FILE = "manifest.bin";

    /** One output file: the hash of what it was made from, and its size and time as written. */
    record OutputFile(String key, long size, long modified) {}

    /** A source file as read: size and time, and the hash of its bytes. */
    record Stamp(long size, long modified, String hash) {}

    static BakeState none() {
        byte[] key = new byte[16];
        new java.security.SecureRandom().nextBytes(key);
        return new BakeState(
                "",
                java.util.HexFormat.of().formatHex(key),
                Map.of(),
                Map.of(),
                Map.of(),
                LinkIndex.empty(),
                PlanSketch.none());
    }

    boolean isNone() {
        return output.isEmpty();
    }

    /** The state in a state folder, or {@link #none()} when there is none or it cannot be read. */
    static BakeState read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return none();
        }
        try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
                DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (!string(in).equals(FORMAT) || !string(in).equals(CODE)) {
                return none();
            }
            String output = string(in);
            String key = string(in);
            if (!key.matches("[0-9a-f]{32}")) {
                return none();
            }
            int n = count(in);
            Map<String, OutputFile> files = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                files.put(string(in), new OutputFile(string(in), in.readLong(), in.readLong()));
            }
            n = count(in);
            Map<String, Stamp> assets = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                assets.put(string(in), new Stamp(in.readLong(), in.readLong(), string(in)));
            }
            n = count(in);
            Map<String, String> bodies = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                bodies.put(string(in), string(in));
            }
            LinkIndex links = LinkIndex.read(in);
            PlanSketch sketch = PlanSketch.read(in);
            return new BakeState(output, key, files, assets, bodies, links, sketch);
        } catch (IOException | RuntimeException e) {
            return none(); // damaged state only costs a full bake
        }
    }

    /** Writes the state to a temporary file, then renames it into place. */
    void write(Path folder) throws IOException {
        Path temp = folder.resolve(FILE + ".tmp");
        try (OutputStream raw = Files.newOutputStream(temp);
                DataOutputStream out =
                        new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
            string(out, FORMAT);
            string(out, CODE);
            string(out, output);
            string(out, key);
            out.writeInt(files.size());
            for (Map.Entry<String, OutputFile> e : new TreeMap<>(files).entrySet()) {
                string(out, e.getKey());
                string(out, e.getValue().key());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
            }
            out.writeInt(assets.size());
            for (Map.Entry<String, Stamp> e : new TreeMap<>(assets).entrySet()) {
                string(out, e.getKey());
                out.writeLong(e.getValue().size());
                out.writeLong(e.getValue().modified());
                string(out, e.getValue().hash());
            }
            out.writeInt(bodies.size());
            for (Map.Entry<String, String> e : bodies.entrySet()) {
                string(out, e.getKey());
                string(out, e.getValue());
            }
            links.write(out);
            sketch.write(out);
        }
        FileTrees.rename(temp, folder.resolve(FILE), true);
    }

    /** Deletes the state, so that a bake that could not write it starts clean next time. */
    static void forget(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            // the identity check still refuses state that does not match the output
        }
    }

    /** A count in the state: never negative, never more than a site could hold. */
    static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (16 << 20)) {
            throw new IOException("damaged state");
        }
        return n;
    }

    /**
     * The guide's build: the jar it runs from, by path, size and time; a class folder (tests, an
     * IDE) counts as one build.
     */
    private static String code() {
        try {
            java.security.CodeSource source = BakeState.class.getProtectionDomain().getCodeSource();
            Path location = Path.of(source.getLocation().toURI());
            java.nio.file.attribute.BasicFileAttributes a =
                    Files.readAttributes(
                            location, java.nio.file.attribute.BasicFileAttributes.class);
            return a.isRegularFile()
                    ? location + " " + a.size() + " " + a.lastModifiedTime().toMillis()
                    : location.toString();
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            return "unknown";
        }
    }

    static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > (64 << 20)) {
            throw new IOException("damaged state");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    static void string(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
