/**
 * Turns contributors' Markdown into safe HTML: one reusable flexmark parser, then a Jsoup {@code
 * Safelist} that removes anything that could run script in a reader's browser.
 */
package org.sociallearning.guide.markup;
