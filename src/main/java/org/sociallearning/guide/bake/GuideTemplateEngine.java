package org.sociallearning.guide.bake;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine for the guide's Freemarker templates, with JBake's lazy template model
 * (so JBake's variables such as {@code published_entrys} work) on a Freemarker configuration the
 * guide controls:
 *
 * <ul>
 *   <li>HTML auto-escaping even for a template that forgets its {@code <#ftl output_format>};
 *   <li>a pinned locale and time zone, so the output does not depend on the build machine;
 *   <li>template errors thrown to the bake, which reports them at their line, instead of being
 *       logged to the console by Freemarker;
 *   <li>maps and lists wrapped by adapters instead of copied on every page;
 *   <li>the configuration map and the template lookup done once per bake, where stock {@code
 *       DelegatingTemplateEngine} copies the whole configuration (system properties included) and
 *       looks for the template file on disk for every page.
 * </ul>
 *
 * Templates in other languages still go through JBake's own lookup.
 */
final class GuideTemplateEngine extends DelegatingTemplateEngine {

    private final Configuration freemarker;
    private final ContentStore db;
    private final JBakeConfiguration config;
    private final Map<String, Object> configuration;
    private final String version;

    GuideTemplateEngine(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.configuration = Collections.unmodifiableMap(config.asHashMap());
        this.version = config.getVersion();
        this.freemarker = new Configuration(Configuration.VERSION_2_3_34);
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read templates from " + config.getTemplateFolder(), e);
        }
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        String locale = config.getJvmLocale();
        freemarker.setLocale(
                locale == null || locale.isBlank()
                        ? Locale.ENGLISH
                        : Locale.forLanguageTag(locale.replace('_', '-')));
        freemarker.setTimeZone(
                config.getFreemarkerTimeZone() != null
                        ? config.getFreemarkerTimeZone()
                        : TimeZone.getTimeZone("UTC"));
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        // A bake builds a new engine, so templates never change under it: no need to re-check them.
        freemarker.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        freemarker.setObjectWrapper(
                new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer)
            throws RenderingException {
        if (templateName == null || !templateName.endsWith(".ftl")) {
            super.renderDocument(model, templateName, writer);
            return;
        }
        model.setVersion(version);
        model.setConfig(configuration);
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(
                    new FreemarkerTemplateEngine.LazyLoadingModel(
                            freemarker.getObjectWrapper(), model, db, config),
                    writer);
        } catch (IOException | TemplateException e) {
            throw new RenderingException(e);
        }
    }
}
