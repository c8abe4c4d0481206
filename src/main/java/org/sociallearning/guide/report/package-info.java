/**
 * The curator's report of the guide's editorial state ({@code guide report}): coverage of the grid
 * and the home page's facets, review age and link health, as text, Markdown or versioned JSON.
 */
package org.sociallearning.guide.report;
