package org.sociallearning.guide.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.Taxonomy;
import org.sociallearning.guide.entry.TaxonomyReader;
import org.sociallearning.guide.testing.FixtureSites;

/** Random bytes and random header mutations give problems, never an exception. Seeded. */
class ValidatorFuzzTest {

    private static final String VALID =
            """
            title=Fuzz course
            type=entry
            status=published
            date=2026-03-01
            kind=course
            areas=social-web,social-pedagogy
            modes=guidance
            provider=Fuzz Org
            url=https://fuzz.example.org/course/
            summary=A course that is mutated at random.
            cost=paid
            format=online
            pace=cohort
            language=en
            reviewed=2026-03-10
            sources=https://fuzz.example.org/course/
            tags=pkm,networks
            ~~~~~~
            Body with a [link](https://example.org/).
            """;
    private static final String ALPHABET = "=~,:-_ \t\n\r#/.aZé€\u0000\u0007\uFEFF";

    private final Taxonomy taxonomy =
            new TaxonomyReader()
                    .read(FixtureSites.projectDir().resolve("data/taxonomy.yaml"))
                    .taxonomy()
                    .orElseThrow();
    private final Path root = Path.of("/site");
    private final ContentValidator validator =
            new ContentValidator(
                    root, taxonomy, "~~~~~~", "yyyy-MM-dd", FixtureSites.CLOCK, Set.of());

    @Test
    void theUnmutatedEntryIsValid() {
        assertThat(validate(VALID.getBytes(StandardCharsets.UTF_8)).problems()).isEmpty();
    }

    @Test
    @Timeout(10)
    void randomHeaderMutationsGiveProblemsNeverExceptions() {
        Random random = new Random(20261129L);
        int withErrors = 0;
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = mutate(VALID, random, 1 + random.nextInt(4));
            ContentValidator.FileResult result = assertValidates(bytes);
            if (result.problems().stream().anyMatch(Problem::isError)) {
                withErrors++;
                if (result.entry().isPresent()) {
                    throw new AssertionError("an entry with errors was built: " + result);
                }
            }
        }
        assertThat(withErrors).as("mutations that broke the entry").isGreaterThan(1_000);
    }

    @Test
    @Timeout(10)
    void randomBytesGiveProblemsNeverExceptions() {
        Random random = new Random(7L);
        for (int i = 0; i < 1_000; i++) {
            byte[] bytes = new byte[random.nextInt(400)];
            random.nextBytes(bytes);
            assertValidates(bytes);
        }
    }

    @Test
    @Timeout(10)
    void mutatedFilesValidateTogetherIncludingTheDuplicateCheck(@TempDir Path site)
            throws Exception {
        Random random = new Random(11L);
        Path entries = Files.createDirectories(site.resolve("content/entries"));
        for (int i = 0; i < 200; i++) {
            Files.write(entries.resolve("fuzz-" + i + ".md"), mutate(VALID, random, 1));
        }
        ContentValidator all =
                new ContentValidator(
                        site, taxonomy, "~~~~~~", "yyyy-MM-dd", FixtureSites.CLOCK, Set.of());
        assertThatCode(() -> all.validateAll(site.resolve("content"))).doesNotThrowAnyException();
        assertThat(all.validateAll(site.resolve("content")).problems())
                .anyMatch(p -> p.message().startsWith("url is already listed by"));
    }

    private ContentValidator.FileResult assertValidates(byte[] bytes) {
        ContentValidator.FileResult result = validate(bytes);
        int lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;
        for (Problem p : result.problems()) {
            // Plain checks: AssertJ per problem would dominate the run time.
            if (p.location().line() < 1 || p.location().line() > lines || p.message().isBlank()) {
                throw new AssertionError("bad location or message: " + p);
            }
        }
        return result;
    }

    private ContentValidator.FileResult validate(byte[] bytes) {
        try {
            return validator.validateBytes(Path.of("content/entries/fuzz.md"), true, bytes);
        } catch (RuntimeException e) {
            throw new AssertionError(
                    "validation threw on: " + new String(bytes, StandardCharsets.UTF_8), e);
        }
    }

    private static byte[] mutate(String text, Random random, int times) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int t = 0; t < times; t++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            int at = line.isEmpty() ? 0 : random.nextInt(line.length());
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 ->
                        lines.set(
                                i,
                                line.substring(0, at)
                                        + line.substring(Math.min(line.length(), at + 1)));
                case 3 ->
                        lines.set(
                                i, line.substring(0, at) + randomChar(random) + line.substring(at));
                case 4 ->
                        lines.set(
                                i,
                                line.contains("=")
                                        ? line.substring(0, line.indexOf('=') + 1)
                                                + randomText(random)
                                        : line);
                case 5 -> Collections.swap(lines, i, random.nextInt(lines.size()));
                default -> lines.set(i, line.toUpperCase(java.util.Locale.ROOT));
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }

    private static char randomChar(Random random) {
        return ALPHABET.charAt(random.nextInt(ALPHABET.length()));
    }

    private static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(random.nextBoolean() ? randomChar(random) : (char) ('a' + random.nextInt(26)));
        }
        return s.toString();
    }
}
