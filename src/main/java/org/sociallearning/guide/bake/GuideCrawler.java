package org.sociallearning.guide.bake;

import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.site.SitePaths;

/**
 * JBake's crawler, fed with entries the guide has already read and validated, so a file is parsed
 * once and a bad header is reported rather than skipped. Each entry becomes a JBake document, so
 * JBake's own template variables (such as {@code published_entrys}) see them.
 */
final class GuideCrawler extends Crawler {

    private final GuideContentStore store;
    private final List<Entry> entries;

    GuideCrawler(GuideContentStore store, JBakeConfiguration config, List<Entry> entries) {
        super(store, config);
        this.store = store;
        this.entries = List.copyOf(entries);
    }

    @Override
    public void crawl() {
        for (Entry entry : entries) {
            store.addDocument(document(entry));
        }
    }

    @Override
    public void crawlDataFiles() {
        // data/taxonomy.yaml is read by the guide itself, before the bake.
    }

    private static DocumentModel document(Entry entry) {
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setType("entry");
        doc.setTitle(entry.title());
        doc.setStatus(
                entry.published()
                        ? ModelAttributes.Status.PUBLISHED
                        : ModelAttributes.Status.DRAFT);
        doc.setDate(Date.from(entry.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        doc.setTags(entry.tags().toArray(String[]::new));
        doc.setSourceUri(entry.source().toString().replace('\\', '/'));
        doc.setUri(SitePaths.file(SitePaths.entry(entry.slug())));
        doc.setRendered(true);
        doc.setCached(true);
        return doc;
    }
}
