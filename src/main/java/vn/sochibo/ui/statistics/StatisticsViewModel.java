package vn.sochibo.ui.statistics;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.statistics.PngEncoder;
import vn.sochibo.application.statistics.StatFormat;
import vn.sochibo.application.statistics.StatTable;
import vn.sochibo.application.statistics.Statistics;
import vn.sochibo.application.statistics.StatisticsCsv;
import vn.sochibo.application.statistics.StatisticsService;
import vn.sochibo.application.statistics.StatsPeriod;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.ErrorReporter;
import vn.sochibo.ui.common.UiText;

/**
 * The "Thống kê" area: the periods to choose from (this year first, earlier years, the committee's term), the
 * statistics of the one chosen, each table in words and as chart series, and the exports (a table to CSV, a chart's
 * pixels to PNG). Reading and writing run on the background runner; a failure reaches the user as a message and
 * leaves what was shown as it was.
 */
public final class StatisticsViewModel {
    /** One bar, point or slice. */
    public record Point(String category, double value) {
    }

    /** One series of a chart, named by its column's heading. */
    public record Series(String name, List<Point> points) {
    }

    private final StatisticsService service;
    private final TaskRunner tasks;
    private final UiText text;
    private final ErrorReporter errors;
    private final StatFormat format;
    private final StatisticsCsv csv;
    private final ObservableList<StatsPeriod> periods = FXCollections.observableArrayList();
    private final ObjectProperty<StatsPeriod> period = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Statistics> statistics = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);

    public StatisticsViewModel(StatisticsService service, TaskRunner tasks, UiText text, ErrorReporter errors,
            StatFormat format) {
        this.service = service;
        this.tasks = tasks;
        this.text = text;
        this.errors = errors;
        this.format = format;
        this.csv = new StatisticsCsv(format);
        period.addListener((obs, old, now) -> {
            if (now != null && !now.equals(old)) {
                compute(now);
            }
        });
    }

    /** Reads the periods to choose from again and the chosen one's statistics (this year's at first). */
    public void load() {
        StatsPeriod keep = period.get();
        loading.set(true);
        tasks.run(service::choices, choices -> {
            periods.setAll(choices);
            StatsPeriod chosen = keep != null && choices.contains(keep) ? keep
                    : choices.stream().filter(p -> p.kind() == StatsPeriod.Kind.YEAR).findFirst()
                            .orElse(choices.isEmpty() ? null : choices.get(0));
            if (chosen != null && chosen.equals(period.get())) {
                compute(chosen);
            } else {
                period.set(chosen);
            }
            if (chosen == null) {
                loading.set(false);
            }
        }, failure -> {
            loading.set(false);
            errors.report(failure);
        });
    }

    private void compute(StatsPeriod p) {
        loading.set(true);
        status.set(text.text("statistics.loading"));
        tasks.run(() -> service.compute(p), result -> {
            loading.set(false);
            if (p.equals(period.get())) {
                statistics.set(result);
                status.set(text.format("statistics.asOf", DateText.format(result.asOf())));
            }
        }, failure -> {
            loading.set(false);
            status.set("");
            errors.report(failure);
        });
    }

    /** "Năm 2026", or "Nhiệm kỳ 20/08/2025 – 19/08/2030". */
    public String label(StatsPeriod p) {
        if (p == null) {
            return "";
        }
        return p.kind() == StatsPeriod.Kind.YEAR ? text.format("statistics.period.year", String.valueOf(p.year()))
                : text.format("statistics.period.term", DateText.format(p.from()), DateText.format(p.to()));
    }

    public String title(StatTable table) {
        return format.heading(table.titleKey());
    }

    public List<String> headings(StatTable table) {
        return table.columnKeys().stream().map(format::heading).toList();
    }

    /** The table's lines as shown, the total row last. */
    public List<List<String>> lines(StatTable table) {
        List<List<String>> lines = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            lines.add(line(table, row));
        }
        if (table.totalRow() != null) {
            lines.add(line(table, table.totalRow()));
        }
        return lines;
    }

    private List<String> line(StatTable table, List<Object> row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            cells.add(format.display(table, i, row.get(i)));
        }
        return cells;
    }

    /** The chart's series: one per drawn column, a point per row (not the total row). */
    public List<Series> series(StatTable table) {
        List<Series> series = new ArrayList<>();
        for (int column : table.seriesColumns()) {
            List<Point> points = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                points.add(new Point(format.display(table, table.categoryColumn(), row.get(table.categoryColumn())),
                        StatTable.number(row.get(column))));
            }
            series.add(new Series(format.heading(table.columnKeys().get(column)), points));
        }
        return series;
    }

    /** Whether every drawn column is a percentage or a score out of 100 (the value axis then runs from 0 to 100). */
    public boolean chartsPercent(StatTable table) {
        return table.seriesColumns().stream().allMatch(c -> StatFormat.isOutOfHundred(table, c));
    }

    /** The chart's own title, with the period, so that a saved PNG says what it shows. */
    public String chartTitle(StatTable table) {
        return title(table) + " – " + label(period.get());
    }

    /** The file name a table's CSV is offered under. */
    public String csvFileName(StatTable table) {
        return StatisticsCsv.fileName(table, period.get());
    }

    public String pngFileName(StatTable table) {
        return csvFileName(table).replaceAll("\\.csv$", ".png");
    }

    /** Writes the table to {@code file} off the UI thread, then says where. */
    public void exportCsv(StatTable table, Path file) {
        tasks.run(() -> {
            csv.write(table, file);
            return file;
        }, done -> status.set(text.format("statistics.csvSaved", done.toString())), errors::report);
    }

    /** Encodes the chart's pixels (0xAARRGGBB, row by row) as PNG into {@code file} off the UI thread. */
    public void savePng(int[] argb, int width, int height, Path file) {
        tasks.run(() -> {
            Path target = file.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ".sochibo-png-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    PngEncoder.write(argb, width, height, out);
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return target;
        }, done -> status.set(text.format("statistics.pngSaved", done.toString())), errors::report);
    }

    public ObservableList<StatsPeriod> periods() {
        return periods;
    }

    public ObjectProperty<StatsPeriod> periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<Statistics> statisticsProperty() {
        return statistics.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
