package vn.sochibo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.statistics.StatFormat;
import vn.sochibo.application.statistics.StatTable;
import vn.sochibo.application.statistics.Statistics;
import vn.sochibo.application.statistics.StatisticsCsv;
import vn.sochibo.application.statistics.StatsPeriod;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/**
 * The statistics of a year ({@code --year}) or of the committee's term ({@code --term}): each table with its title,
 * headings and rows (tab-separated), and with {@code --csv DIR} each table also as a CSV file Excel opens (the
 * same files as "Xuất CSV" in the window).
 */
@Command(name = "stats")
final class StatsCommand extends Subcommand {
    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "option.statsYear")
    Integer year;

    @Option(names = "--term", descriptionKey = "option.statsTerm")
    boolean term;

    @Option(names = "--csv", paramLabel = "DIR", descriptionKey = "option.statsCsv")
    Path csvFolder;

    StatsCommand(CliContext context) {
        super(context);
    }

    @Override
    void checkArguments() {
        if ((year == null) == !term) {
            throw new ValidationException(Problem.of("year", "cli.stats.error.period"));
        }
        if (year != null && (year < 1930 || year > 9999)) {
            throw new ValidationException(Problem.of("year", "cli.stats.error.year", String.valueOf(year)));
        }
    }

    @Override
    int run(AppServices services) {
        StatsPeriod period = year != null ? StatsPeriod.ofYear(year) : services.statistics().term()
                .orElseThrow(() -> new ValidationException(Problem.of("term", "cli.stats.error.noTerm")));
        Statistics st = services.statistics().compute(period);
        StatFormat format = new StatFormat(context.messages());
        context.out().println(year != null ? text("cli.stats.headerYear", String.valueOf(year))
                : text("cli.stats.headerTerm", period.from(), period.to()));
        for (StatTable table : st.tables()) {
            context.out().println();
            context.out().println(format.heading(table.titleKey()));
            context.out().println(String.join("\t", table.columnKeys().stream().map(format::heading).toList()));
            for (List<Object> row : table.rows()) {
                context.out().println(line(format, table, row));
            }
            if (table.totalRow() != null) {
                context.out().println(line(format, table, table.totalRow()));
            }
        }
        if (csvFolder != null) {
            StatisticsCsv csv = new StatisticsCsv(format);
            for (StatTable table : st.tables()) {
                Path file = csvFolder.resolve(StatisticsCsv.fileName(table, period));
                try {
                    csv.write(table, file);
                } catch (IOException e) {
                    context.err().println(text("cli.stats.error.write", file.toAbsolutePath(), e.getMessage()));
                    return 1;
                }
            }
            context.out().println();
            context.out().println(text("cli.stats.csvDone", st.tables().size(), csvFolder.toAbsolutePath()));
        }
        return 0;
    }

    private static String line(StatFormat format, StatTable table, List<Object> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(format.display(table, i, row.get(i)));
        }
        return sb.toString();
    }
}
