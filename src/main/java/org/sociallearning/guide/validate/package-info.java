/**
 * Checks contributors' files against the entry format and the taxonomy, and turns sound headers
 * into {@link org.sociallearning.guide.entry.Entry} and {@link org.sociallearning.guide.entry.Page}
 * records. Every problem of every file is collected in one run.
 */
package org.sociallearning.guide.validate;
