/**
 * Bakes a planned site with embedded JBake. The only package that sees {@code org.jbake}: one fresh
 * Oven per bake, an in-memory content store, and a rendering tool that renders each planned page
 * once, so a bake stays linear in the number of entries. Page views become template data here, in
 * {@code TemplateData}.
 */
package org.sociallearning.guide.bake;
