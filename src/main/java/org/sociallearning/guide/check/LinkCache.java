package org.sociallearning.guide.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The external check's memory ({@code .cache/links.json}). Per URL it keeps the last success (ok or
 * redirected, with its time) and, separately, the last failure. Only a success younger than the
 * maximum age and not followed by a failure is fresh and skips a request: failures are always
 * checked again. Entry pages read {@link #status} at bake time to show "link last verified" and
 * flag broken links.
 *
 * <pre>{@code
 * {"version":1,"links":{"https://x.org/":{
 *    "lastSuccess":{"status":"ok","code":200,"finalUrl":"https://x.org/","checkedAt":"2026-11-29T12:00:00Z"},
 *    "lastFailure":{"status":"broken","code":404,"message":"404 Not Found","checkedAt":"2026-12-06T12:00:00Z"}}}}
 * }</pre>
 */
public final class LinkCache {

    private record Record(
            Verdict verdict, int code, String finalUrl, String message, Instant checkedAt) {}

    private record Slot(Optional<Record> success, Optional<Record> failure) {}

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Slot> links;

    private LinkCache(Map<String, Slot> links) {
        this.links = links;
    }

    public static LinkCache empty() {
        return new LinkCache(new TreeMap<>());
    }

    /**
     * Reads a cache file; a missing file is an empty cache.
     *
     * @return the cache, or empty with the reason given to {@code why} when the file is not one
     * @throws IOException when the file cannot be read
     */
    public static Optional<LinkCache> read(Path file, Consumer<String> why) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.of(empty());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            why.accept("not a link cache: " + e.getOriginalMessage());
            return Optional.empty();
        }
        Map<String, Slot> links = new TreeMap<>();
        JsonNode all = root == null ? null : root.get("links");
        if (all != null && !all.isObject()) {
            why.accept("not a link cache: \"links\" is not an object");
            return Optional.empty();
        }
        if (all != null) {
            for (Map.Entry<String, JsonNode> e : all.properties()) {
                links.put(
                        e.getKey(),
                        new Slot(
                                record(e.getValue().get("lastSuccess")),
                                record(e.getValue().get("lastFailure"))));
            }
        }
        return Optional.of(new LinkCache(links));
    }

    private static Optional<Record> record(JsonNode node) {
        if (node == null || !node.hasNonNull("status") || !node.hasNonNull("checkedAt")) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    new Record(
                            Verdict.ofLabel(node.get("status").asText()),
                            node.path("code").asInt(0),
                            node.path("finalUrl").asText(""),
                            node.path("message").asText(""),
                            Instant.parse(node.get("checkedAt").asText())));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Writes the cache atomically, URLs sorted so that its diffs stay small. */
    public synchronized void write(Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", 1);
        ObjectNode all = root.putObject("links");
        links.forEach(
                (url, slot) -> {
                    ObjectNode node = all.putObject(url);
                    slot.success().ifPresent(r -> put(node.putObject("lastSuccess"), r));
                    slot.failure().ifPresent(r -> put(node.putObject("lastFailure"), r));
                });
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".links", ".json");
        JSON.writeValue(temp.toFile(), root);
        try {
            Files.move(
                    temp,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void put(ObjectNode node, Record r) {
        node.put("status", r.verdict().label());
        node.put("code", r.code());
        if (!r.finalUrl().isEmpty()) {
            node.put("finalUrl", r.finalUrl());
        }
        if (!r.message().isEmpty()) {
            node.put("message", r.message());
        }
        node.put("checkedAt", r.checkedAt().toString());
    }

    /**
     * Remembers a check: a success replaces the last one and clears failures; a failure is kept
     * beside it.
     */
    public synchronized void remember(String url, LinkResult result, Instant at) {
        if (result.verdict() == Verdict.SKIPPED) {
            return;
        }
        Record r =
                new Record(
                        result.verdict(), result.code(), result.finalUrl(), result.message(), at);
        Slot old = links.getOrDefault(url, new Slot(Optional.empty(), Optional.empty()));
        links.put(
                url,
                result.verdict().isSuccess()
                        ? new Slot(Optional.of(r), Optional.empty())
                        : new Slot(old.success(), Optional.of(r)));
    }

    /**
     * A success no older than {@code maxAge} and not followed by a failure: no need to ask again.
     */
    public synchronized Optional<CheckedLink> fresh(String url, Duration maxAge, Instant now) {
        Slot slot = links.get(url);
        if (slot == null || slot.failure().isPresent() || slot.success().isEmpty()) {
            return Optional.empty();
        }
        Record r = slot.success().get();
        if (r.checkedAt().isBefore(now.minus(maxAge)) || r.checkedAt().isAfter(now)) {
            return Optional.empty();
        }
        LinkResult result =
                r.verdict() == Verdict.REDIRECTED
                        ? new LinkResult.Redirected(r.code(), r.finalUrl())
                        : new LinkResult.Ok(r.code(), r.finalUrl());
        return Optional.of(new CheckedLink(url, result, java.util.List.of(), r.checkedAt(), true));
    }

    /** What readers should see for a URL: the latest verdict, and when it last worked. */
    public synchronized Optional<LinkStatus> status(String url) {
        Slot slot = links.get(url);
        if (slot == null) {
            return Optional.empty();
        }
        Optional<Instant> verified = slot.success().map(Record::checkedAt);
        Optional<Record> latest =
                slot.failure().isPresent()
                                && (slot.success().isEmpty()
                                        || !slot.failure()
                                                .get()
                                                .checkedAt()
                                                .isBefore(slot.success().get().checkedAt()))
                        ? slot.failure()
                        : slot.success();
        return latest.map(
                r ->
                        new LinkStatus(
                                url,
                                r.verdict(),
                                r.code(),
                                r.finalUrl(),
                                r.message(),
                                r.checkedAt(),
                                verified));
    }
}
