package vn.sochibo.application.statistics;

import java.util.List;

/**
 * One table of the statistics and how it is charted. A cell holds a {@link String}, an {@link Integer}, a
 * {@link Double} (a percentage; null while undefined), a {@link java.time.LocalDate} or an enum constant (named in
 * words by {@link StatFormat}). The total row, when there is one, shows in the table and in the CSV but not in the
 * chart.
 *
 * @param id             a stable name ("attendanceMembers"), also in file names
 * @param titleKey       the table's title, a key of the messages bundle
 * @param chart          how the chart draws the table
 * @param columnKeys     each column's heading, keys of the messages bundle
 * @param categoryColumn the column naming each bar, point or slice
 * @param seriesColumns  the numeric columns drawn, one series each
 */
public record StatTable(String id, String titleKey, ChartKind chart, List<String> columnKeys, int categoryColumn,
        List<Integer> seriesColumns, List<List<Object>> rows, List<Object> totalRow) {

    /** The chart that fits the table. */
    public enum ChartKind {
        BAR,
        STACKED_BAR,
        LINE
    }

    public StatTable {
        columnKeys = List.copyOf(columnKeys);
        seriesColumns = List.copyOf(seriesColumns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        totalRow = totalRow == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(totalRow));
    }

    /** The value of a cell as a number for the chart (0 when empty). */
    public static double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : 0;
    }
}
