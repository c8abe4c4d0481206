package org.sociallearning.guide.site;

/**
 * A cell of the home grid, linked from wherever it is shown.
 *
 * @param label what the link says where it is shown
 * @param path the cell's page
 * @param filterPath the directory filtered to the cell
 */
public record CellView(String label, String path, String filterPath, int count) {}
