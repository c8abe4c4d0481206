/**
 * Local preview: a static file server for a baked site (also under a sub-path, as GitHub Pages
 * serves project sites), a watcher on the site's sources, and live reload.
 */
package org.sociallearning.guide.serve;
