package org.sociallearning.guide.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jbake.app.JBakeException;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.template.RenderingException;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.site.SitePlan;
import org.sociallearning.guide.site.SiteSettings;

/**
 * Bakes a planned site into a folder the way JBake's {@code Oven} does, less its database: the
 * site's own configuration and templates, the guide's in-memory content store, crawler and
 * rendering tool, JBake's {@link Renderer} and asset copying. JBake's errors come back as problems.
 * Never run two at once: JBake keeps registries in static fields.
 */
public final class SiteBaker {

    /** What a bake did: how many pages JBake rendered, and what went wrong. */
    public record Result(int pages, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private static final Object OVEN_LOCK = new Object();

    public Result bake(
            Path source,
            Path destination,
            SiteSettings settings,
            SitePlan plan,
            List<Entry> entries) {
        return bake(source, destination, settings, plan, entries, path -> true);
    }

    /**
     * Bakes the pages and files of {@code plan}, which may be a part of the site (an incremental
     * bake renders only its dirty pages), and copies the assets {@code assets} accepts.
     */
    public Result bake(
            Path source,
            Path destination,
            SiteSettings settings,
            SitePlan plan,
            List<Entry> entries,
            java.util.function.Predicate<String> assets) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(plan, "plan");
        OrientDbOptions.apply();
        List<Problem> problems = new ArrayList<>();
        int pages;
        synchronized (OVEN_LOCK) {
            DefaultJBakeConfiguration config;
            try {
                config =
                        new JBakeConfigurationFactory()
                                .createDefaultJbakeConfiguration(
                                        source.toFile(), destination.toFile(), true);
            } catch (JBakeException e) {
                problems.add(
                        Problem.error(
                                SourceLocation.of(source.resolve("jbake.properties")),
                                "JBake cannot use this site: " + e.getMessage()));
                return new Result(0, problems);
            }
            config.setProperty("site.host", settings.baseUrl());
            GuideContentStore store =
                    new GuideContentStore(plan, Path.of(config.getTemplateFolder().getName()));
            try {
                new JBakeConfigurationInspector(config).inspect();
            } catch (JBakeException e) {
                problems.add(
                        Problem.error(
                                SourceLocation.of(source),
                                "JBake cannot use this site: " + e.getMessage()));
                return new Result(0, problems);
            }
            // What JBake's Oven.bake() does, less OrientDB: the guide's store keeps its documents
            // in lists, so the database the Oven starts (1-2 s of a cold bake) would stay empty.
            String locale = config.getJvmLocale();
            if (locale != null && !locale.isBlank()) {
                java.util.Locale.setDefault(org.apache.commons.lang3.LocaleUtils.toLocale(locale));
            }
            for (String type : config.getDocumentTypes()) {
                DocumentTypes.addDocumentType(type);
            }
            new GuideCrawler(store, config, entries).crawl();
            Renderer renderer = new Renderer(store, config, new GuideTemplateEngine(store, config));
            try {
                new PlanRenderingTool().render(renderer, store, config);
            } catch (RenderingException e) {
                problems.add(Problem.error(SourceLocation.of(source), "JBake: " + e.getMessage()));
            }
            SiteAssets siteAssets = new SiteAssets(config, assets);
            siteAssets.copy();
            problems.addAll(store.failures().problems());
            for (Throwable error : siteAssets.getErrors()) {
                problems.add(
                        Problem.error(SourceLocation.of(source), "JBake: " + error.getMessage()));
            }
            pages = plan.pages().size() - store.failures().count();
        }
        writeFiles(destination, plan.files(), problems);
        return new Result(pages, problems);
    }

    private static void writeFiles(
            Path destination, Map<String, String> files, List<Problem> problems) {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = destination.resolve(file.getKey());
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(
                        Problem.error(
                                SourceLocation.of(target), "cannot write: " + e.getMessage()));
            }
        }
    }
}
