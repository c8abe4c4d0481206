package org.sociallearning.guide.site;

import java.util.List;

/**
 * The home page's grid: the rows facet's terms crossed with the columns facet's.
 *
 * @param rowsLabel the name of the rows facet
 * @param columnsLabel the name of the columns facet
 */
public record GridView(
        String rowsLabel, String columnsLabel, List<TermView> columns, List<Row> rows) {

    public GridView {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** One row: its term, and a cell per column, in column order. */
    public record Row(TermView term, List<CellView> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }
}
