/**
 * A site's source folder and its inputs, read and validated: settings, taxonomy, entries and pages.
 * What {@code validate} reports and what a bake starts from.
 */
package org.sociallearning.guide.source;
