package org.sociallearning.guide.bake;

import freemarker.template.TemplateException;
import java.io.File;
import java.nio.file.Path;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
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
                                store.report(problem(page, config, e));
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
        doc.putAll(page.model());
        doc.setType(page.template());
        doc.setUri(page.path());
        doc.setStatus(ModelAttributes.Status.PUBLISHED);
        return doc;
    }

    /** A template error at its template's file and line; anything else at the template file. */
    private static Problem problem(PageSpec page, JBakeConfiguration config, Exception e) {
        String templateName = config.getTemplateByDocType(page.template());
        Path templates = Path.of(config.getTemplateFolder().getName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateException te) {
                String name =
                        te.getTemplateSourceName() == null
                                ? String.valueOf(templateName)
                                : te.getTemplateSourceName();
                int line = te.getLineNumber() == null ? 0 : te.getLineNumber();
                int column = te.getColumnNumber() == null ? 0 : te.getColumnNumber();
                return Problem.error(
                        new SourceLocation(templates.resolve(name), line, column),
                        "cannot render "
                                + page.path()
                                + ": "
                                + firstLine(te.getMessageWithoutStackTop()));
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Problem.error(
                SourceLocation.of(templates.resolve(String.valueOf(templateName))),
                "cannot render "
                        + page.path()
                        + ": "
                        + firstLine(String.valueOf(root.getMessage())));
    }

    private static String firstLine(String message) {
        String text =
                message.strip()
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("----"))
                        .limit(2)
                        .reduce((a, b) -> a + " " + b)
                        .orElse("unknown error");
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }
}
