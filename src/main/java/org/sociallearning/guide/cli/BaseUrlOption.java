package org.sociallearning.guide.cli;

import java.util.Optional;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.site.SiteSettings;
import org.sociallearning.guide.site.SiteSettingsReader;
import picocli.CommandLine.Option;

/** {@code --base-url} of the internal check, else {@code site.host} (a picocli mixin). */
final class BaseUrlOption {

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            converter = OptionValues.BaseUrlValue.class,
            description = "The absolute URL the site was baked for (default: site.host).")
    BaseUrl baseUrl;

    /** The option's URL, else the settings'; empty after printing why the settings are bad. */
    Optional<BaseUrl> resolve(SourceOption source, ProblemPrinter printer) {
        if (baseUrl != null) {
            return Optional.of(baseUrl);
        }
        SiteSettingsReader.Result read = new SiteSettingsReader().read(source.site().properties());
        printer.print(read.problems());
        return read.settings().map(SiteSettings::base);
    }
}
