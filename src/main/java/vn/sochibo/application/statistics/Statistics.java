package vn.sochibo.application.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of a period, as of a day (tasks and pledges past their deadline are counted as of it).
 *
 * @param tables in the order shown: attendance per member, per meeting, meetings by kind per quarter, the meetings'
 *               self-scores, tasks, pledges, review levels over the years
 */
public record Statistics(StatsPeriod period, LocalDate asOf, List<StatTable> tables) {
    public Statistics {
        tables = List.copyOf(tables);
    }

    public StatTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }
}
