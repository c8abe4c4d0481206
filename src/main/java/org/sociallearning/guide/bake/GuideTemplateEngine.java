package org.sociallearning.guide.bake;

import java.io.Writer;
import java.util.Collections;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's template engine for the guide's Freemarker templates. Stock {@code
 * DelegatingTemplateEngine} copies the whole configuration (system properties included) into a new
 * map and looks for the template file on disk for every page; this one does both once per bake.
 * Templates in other languages still go through JBake's own lookup.
 */
final class GuideTemplateEngine extends DelegatingTemplateEngine {

    private final FreemarkerTemplateEngine freemarker;
    private final Map<String, Object> configuration;
    private final String version;

    GuideTemplateEngine(ContentStore db, JBakeConfiguration config) {
        super(db, config);
        this.freemarker = new FreemarkerTemplateEngine(config, db);
        this.configuration = Collections.unmodifiableMap(config.asHashMap());
        this.version = config.getVersion();
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
        freemarker.renderDocument(model, templateName, writer);
    }
}
