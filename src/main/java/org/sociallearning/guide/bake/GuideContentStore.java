package org.sociallearning.guide.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.sociallearning.guide.site.SitePlan;

/**
 * JBake's content store, kept in memory. Stock 2.7.0 inserts every document into OrientDB and
 * queries all documents again for each page it renders (O(N²)). Here documents live in lists
 * grouped by type; OrientDB is started only because {@code ContentStore.updateSchema()} is final
 * and needs it, and stays empty.
 */
final class GuideContentStore extends ContentStore {

    private final SitePlan plan;
    private final Map<String, List<DocumentModel>> byType = new HashMap<>();
    private final RenderFailures failures;

    GuideContentStore(SitePlan plan, java.nio.file.Path templateFolder) {
        super("memory", "guide");
        this.plan = Objects.requireNonNull(plan, "plan");
        this.failures = new RenderFailures(templateFolder);
    }

    SitePlan plan() {
        return plan;
    }

    /** Where the rendering tool reports what it could not render. */
    RenderFailures failures() {
        return failures;
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Nothing is cached between bakes: every bake starts from an empty store.
    }

    @Override
    public void addDocument(DocumentModel document) {
        byType.computeIfAbsent(document.getType(), t -> new ArrayList<>()).add(document);
    }

    @Override
    public long getDocumentCount(String docType) {
        return typed(docType).size();
    }

    @Override
    public long getPublishedCount(String docType) {
        return published(docType).size();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return published(docType);
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return list(typed(docType));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return published("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return published("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return published("page");
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        // Pages are rendered by PlanRenderingTool, once each; JBake's DocumentsRenderer gets none.
        return new DocumentList<>();
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return getPublishedDocumentsByTag(tag);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        for (List<DocumentModel> docs : byType.values()) {
            docs.stream()
                    .filter(this::isPublished)
                    .filter(d -> hasTag(d, tag))
                    .forEach(result::add);
        }
        return result;
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return find(uri);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return find(uri);
    }

    @Override
    public Set<String> getTags() {
        return getAllTags();
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new LinkedHashSet<>();
        for (List<DocumentModel> docs : byType.values()) {
            docs.stream().filter(this::isPublished).forEach(d -> tags.addAll(List.of(tagsOf(d))));
        }
        return tags;
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        document.setRendered(true);
    }

    @Override
    public void deleteContent(String uri) {
        byType.values().forEach(docs -> docs.removeIf(d -> uri.equals(d.getSourceuri())));
    }

    @Override
    public void deleteAllByDocType(String docType) {
        byType.remove(docType);
    }

    @Override
    public void drop() {
        byType.clear();
    }

    private List<DocumentModel> typed(String docType) {
        return byType.getOrDefault(docType, List.of());
    }

    private DocumentList<DocumentModel> published(String docType) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        typed(docType).stream().filter(this::isPublished).forEach(result::add);
        return result;
    }

    private boolean isPublished(DocumentModel d) {
        return ModelAttributes.Status.PUBLISHED.equals(d.getStatus());
    }

    private DocumentList<DocumentModel> find(String uri) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        for (List<DocumentModel> docs : byType.values()) {
            docs.stream()
                    .filter(d -> uri.equals(d.getSourceuri()) || uri.equals(d.getUri()))
                    .forEach(result::add);
        }
        return result;
    }

    private static boolean hasTag(DocumentModel d, String tag) {
        return List.of(tagsOf(d)).contains(tag);
    }

    private static String[] tagsOf(DocumentModel d) {
        String[] tags = d.getTags();
        return tags == null ? new String[0] : tags;
    }

    private static DocumentList<DocumentModel> list(Collection<DocumentModel> docs) {
        DocumentList<DocumentModel> result = new DocumentList<>();
        result.addAll(docs);
        return result;
    }
}
