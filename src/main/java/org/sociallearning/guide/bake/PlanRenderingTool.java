package org.sociallearning.guide.bake;

import java.io.File;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.sociallearning.guide.site.PageSpec;

/**
 * A JBake rendering tool, found by {@code ServiceLoader}, that renders every page of the guide's
 * plan through JBake's {@link Renderer} and the page's Freemarker template: one render per page,
 * nothing queried per page. It does nothing in a bake that is not the guide's.
 */
public final class PlanRenderingTool implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config)
            throws RenderingException {
        if (!(db instanceof GuideContentStore store)) {
            return 0;
        }
        // Pages are independent, and Freemarker templates may be processed concurrently.
        return store.plan().pages().parallelStream()
                .mapToInt(
                        page -> {
                            try {
                                renderer.render(document(page));
                                return 1;
                            } catch (Exception e) {
                                store.failures()
                                        .add(
                                                page.path(),
                                                String.valueOf(
                                                        config.getTemplateByDocType(
                                                                page.template())),
                                                e);
                                return 0;
                            }
                        })
                .sum();
    }

    /**
     * @deprecated JBake's older signature, kept because the interface still declares it.
     */
    @Deprecated
    @Override
    public int render(
            Renderer renderer,
            ContentStore db,
            File destination,
            File templatesPath,
            CompositeConfiguration config)
            throws RenderingException {
        throw new RenderingException(
                "the guide renders only through render(Renderer, ContentStore, JBakeConfiguration)");
    }

    private static DocumentModel document(PageSpec page) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.putAll(TemplateData.of(page.view()));
        doc.setType(page.template());
        doc.setUri(page.path());
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        return doc;
    }
}
