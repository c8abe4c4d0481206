package org.sociallearning.guide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;
import org.sociallearning.guide.validate.NewEntryWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code guide new}: starts an entry file with every field, and says what is left to fill in. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Writes content/entries/<slug>.md for a new entry; never overwrites a file.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Written.",
            "1:The file exists, or the site cannot be read.",
            "2:Invalid command line or option value."
        })
final class NewCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin SourceOption source;

    @Option(
            names = "--title",
            required = true,
            paramLabel = "TEXT",
            description = "The resource's name.")
    String title;

    @Option(names = "--url", paramLabel = "URL", description = "The provider's page about it.")
    String url;

    @Option(
            names = {"-f", "--facet"},
            paramLabel = "FIELD=VALUES",
            mapFallbackValue = "",
            description = {
                "A facet's values, comma-separated; repeat for each facet, e.g.",
                "--facet kind=course --facet areas=social-web,workplace-learning.",
                "The facets and their values are those of data/taxonomy.yaml."
            })
    Map<String, String> facets = new LinkedHashMap<>();

    private final Clock clock;

    NewCommand(Clock clock) {
        this.clock = clock;
    }

    private Map<String, List<String>> values() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        facets.forEach(
                (field, list) ->
                        values.put(
                                field,
                                Arrays.stream(list.split(","))
                                        .map(String::strip)
                                        .filter(v -> !v.isEmpty())
                                        .toList()));
        return values;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        SiteSource site = source.site();
        Inputs inputs = Inputs.read(site, List.of(site.entries()), clock);
        if (inputs.settings().isEmpty() || inputs.taxonomy().isEmpty()) {
            new ProblemPrinter(out).print(inputs.report().problems());
            return ExitCodes.SITE_PROBLEMS;
        }
        var writer =
                new NewEntryWriter(
                        inputs.taxonomy().get(),
                        inputs.settings().get().separator(),
                        inputs.settings().get().datePattern(),
                        clock);
        var request = new NewEntryWriter.Request(title, Optional.ofNullable(url), values());
        List<String> invalid = writer.invalid(request);
        invalid.forEach(m -> spec.commandLine().getErr().println("guide new: " + m));
        if (!invalid.isEmpty()) {
            return ExitCodes.USAGE;
        }
        try {
            Path file = writer.write(site.entries(), request);
            Inputs left = Inputs.read(site, List.of(file), clock);
            out.println("Wrote " + site.root().relativize(file) + ". Still to fill in:");
            new ProblemPrinter(out).print(left.report().problems());
            out.println("Then check it with: ./guide validate " + site.root().relativize(file));
            return ExitCodes.OK;
        } catch (FileAlreadyExistsException e) {
            spec.commandLine()
                    .getErr()
                    .println(
                            "guide new: "
                                    + site.root()
                                            .relativize(writer.fileFor(site.entries(), request))
                                    + " already exists; edit it, or choose a title that says what is different");
            return ExitCodes.SITE_PROBLEMS;
        }
    }
}
