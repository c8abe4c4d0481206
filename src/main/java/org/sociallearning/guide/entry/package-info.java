/**
 * The guide's data: entries, prose pages, the taxonomy of facets, and the JBake header parser that
 * reads them. Problems found while reading are collected as {@link
 * org.sociallearning.guide.entry.Problem}s with a file and line, never thrown one at a time.
 */
package org.sociallearning.guide.entry;
