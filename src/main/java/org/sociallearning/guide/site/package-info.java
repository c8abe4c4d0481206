/**
 * What the site consists of: its settings, and the plan of every page to render, each with the
 * typed view ({@link org.sociallearning.guide.site.PageView}) its template receives; URLs come from
 * {@link org.sociallearning.guide.site.SitePaths} only; and the guide's editorial state ({@link
 * org.sociallearning.guide.site.GuideState}) that the About page and {@code guide report} show.
 * Knows nothing of JBake or Freemarker.
 */
package org.sociallearning.guide.site;
