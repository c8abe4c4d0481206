/**
 * The build pipeline: read settings and taxonomy, validate content, plan the pages, bake them into
 * a temporary folder, check them, and only then swap the result into the output folder.
 */
package org.sociallearning.guide.build;
