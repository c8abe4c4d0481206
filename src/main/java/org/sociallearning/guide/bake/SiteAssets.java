package org.sociallearning.guide.bake;

import java.io.File;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset copying, limited to the site's {@code assets/} folder. Stock JBake also copies
 * every file in {@code content/} that is not Markdown, after the pages are rendered: a
 * contributor's {@code .js} or {@code .svg} would then be served from the site's own origin (which
 * its Content-Security-Policy trusts), and a {@code content/feed.xml} would replace the generated
 * feed. Content holds entries and pages only; the validator warns about anything else there.
 */
final class SiteAssets extends Asset {

    SiteAssets(JBakeConfiguration config) {
        super(config);
    }

    @Override
    public void copyAssetsFromContent(File path) {
        // Deliberately nothing: see the class comment.
    }
}
