/**
 * What the site consists of: its settings, and the plan of every page to render with the data each
 * template receives. Knows nothing of JBake; the bake package renders the plan.
 */
package org.sociallearning.guide.site;
