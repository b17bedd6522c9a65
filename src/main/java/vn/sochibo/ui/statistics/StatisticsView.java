package vn.sochibo.ui.statistics;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.sochibo.application.statistics.StatTable;
import vn.sochibo.application.statistics.Statistics;
import vn.sochibo.application.statistics.StatsPeriod;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;

/**
 * The "Thống kê" area (Ctrl+6): the period chooser, then one section per table: its title, its chart beside the
 * table behind it, "Xuất CSV" and "Lưu ảnh PNG". Thin: everything it shows comes from {@link StatisticsViewModel}.
 */
public final class StatisticsView implements AreaView {
    private static final double CHART_HEIGHT = 300;

    private final StatisticsViewModel vm;
    private final UiText text;
    private final Dialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final VBox sections = new VBox(24);

    public StatisticsView(StatisticsViewModel vm, UiText text, Dialogs dialogs) {
        this.vm = vm;
        this.text = text;
        this.dialogs = dialogs;
        root.setId("statisticsView");
        root.getStyleClass().add("area");
        root.setTop(header());
        sections.setId("statisticsSections");
        sections.setPadding(new Insets(12, 4, 12, 0));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setId("statisticsScroll");
        root.setCenter(scroll);
        BorderPane.setMargin(scroll, new Insets(10, 0, 0, 0));
        vm.statisticsProperty().addListener((obs, old, now) -> show(now));
    }

    private Node header() {
        Label title = new Label(text.plain("nav.statistics"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        ComboBox<StatsPeriod> period = new ComboBox<>(vm.periods());
        period.setId("statisticsPeriod");
        period.setCellFactory(l -> new PeriodCell());
        period.setButtonCell(new PeriodCell());
        period.valueProperty().bindBidirectional(vm.periodProperty());
        period.setTooltip(new Tooltip(text.plain("statistics.period.tooltip")));
        Label periodLabel = new Label(text.text("statistics.period"));
        periodLabel.setMnemonicParsing(true);
        periodLabel.setLabelFor(period);
        Label status = new Label();
        status.setId("statisticsStatus");
        status.getStyleClass().add(AppStyles.MUTED);
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        HBox header = new HBox(10, title, periodLabel, period, status);
        HBox.setMargin(periodLabel, new Insets(0, 0, 0, 16));
        HBox.setHgrow(status, Priority.ALWAYS);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private final class PeriodCell extends ListCell<StatsPeriod> {
        @Override
        protected void updateItem(StatsPeriod item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : vm.label(item));
        }
    }

    private void show(Statistics statistics) {
        if (statistics == null) {
            sections.getChildren().clear();
            return;
        }
        sections.getChildren().setAll(statistics.tables().stream().map(this::section).toList());
    }

    private Node section(StatTable table) {
        Label title = new Label(vm.title(table));
        title.getStyleClass().add("title-4");
        XYChart<?, ?> chart = chart(table);
        TableView<List<String>> grid = table(table);
        Button csv = new Button(text.text("statistics.exportCsv"));
        csv.setId("exportCsv-" + table.id());
        csv.setMnemonicParsing(false);
        csv.setTooltip(new Tooltip(text.plain("statistics.exportCsv.tooltip")));
        csv.setOnAction(e -> exportCsv(table));
        Button png = new Button(text.text("statistics.savePng"));
        png.setId("savePng-" + table.id());
        png.setMnemonicParsing(false);
        png.setTooltip(new Tooltip(text.plain("statistics.savePng.tooltip")));
        png.setOnAction(e -> savePng(table, chart));
        HBox head = new HBox(10, title, new HBox(), csv, png);
        HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        Node body;
        if (table.rows().isEmpty()) {
            Label none = new Label(text.text("statistics.empty"));
            none.getStyleClass().add(AppStyles.MUTED);
            body = none;
            png.setDisable(true);
        } else {
            if (table.columnKeys().size() >= 7) {
                // Many columns: the table under the chart, both the full width, the table as tall as its lines.
                double height = Math.min(420, 40.0 * (table.rows().size() + (table.totalRow() == null ? 0 : 1)) + 60);
                grid.setPrefHeight(height);
                grid.setMinHeight(Math.min(height, 200));
                body = new VBox(8, chart, grid);
            } else {
                HBox both = new HBox(16, chart, grid);
                HBox.setHgrow(chart, Priority.ALWAYS);
                HBox.setHgrow(grid, Priority.ALWAYS);
                grid.setPrefHeight(((javafx.scene.layout.Region) chart).getPrefHeight());
                chart.setPrefWidth(460);
                chart.setMinWidth(340);
                grid.setPrefWidth(620);
                body = both;
            }
        }
        VBox section = new VBox(8, head, body);
        section.setId("statisticsSection-" + table.id());
        return section;
    }

    /**
     * Bars run across, one per line, with the member, quarter or year on the left where a name is easy to read;
     * the chart grows with its lines. Lines run along the dates of the meetings.
     */
    private XYChart<?, ?> chart(StatTable table) {
        List<StatisticsViewModel.Series> series = vm.series(table);
        NumberAxis values = new NumberAxis();
        if (vm.chartsPercent(table)) {
            values.setAutoRanging(false);
            values.setLowerBound(0);
            values.setUpperBound(100);
            values.setTickUnit(20);
        } else {
            // Counts: whole numbers only on the axis.
            values.setMinorTickVisible(false);
            values.setTickLabelFormatter(new javafx.util.StringConverter<Number>() {
                @Override
                public String toString(Number n) {
                    double d = n.doubleValue();
                    return d == Math.rint(d) ? String.valueOf((long) d) : "";
                }

                @Override
                public Number fromString(String text) {
                    return Double.valueOf(text);
                }
            });
        }
        if (series.size() == 1) {
            values.setLabel(series.get(0).name());
        }
        CategoryAxis names = new CategoryAxis();
        List<String> categories = categories(series);
        names.setCategories(FXCollections.observableArrayList(categories));
        XYChart<?, ?> chart;
        if (table.chart() == StatTable.ChartKind.LINE) {
            LineChart<String, Number> line = new LineChart<>(names, values);
            for (StatisticsViewModel.Series s : series) {
                XYChart.Series<String, Number> drawn = new XYChart.Series<>();
                drawn.setName(s.name());
                for (int i = 0; i < s.points().size(); i++) {
                    drawn.getData().add(new XYChart.Data<>(categories.get(i), s.points().get(i).value()));
                }
                line.getData().add(drawn);
            }
            chart = line;
            chart.setPrefHeight(CHART_HEIGHT);
            chart.setMinHeight(CHART_HEIGHT);
        } else {
            // Top to bottom in the table's order: a category axis on the left draws its first category lowest.
            List<String> topDown = new java.util.ArrayList<>(categories);
            java.util.Collections.reverse(topDown);
            names.setCategories(FXCollections.observableArrayList(topDown));
            XYChart<Number, String> bars = table.chart() == StatTable.ChartKind.STACKED_BAR
                    ? new StackedBarChart<>(values, names) : new BarChart<>(values, names);
            if (bars instanceof BarChart<Number, String> b) {
                b.setCategoryGap(4);
            }
            for (StatisticsViewModel.Series s : series) {
                XYChart.Series<Number, String> drawn = new XYChart.Series<>();
                drawn.setName(s.name());
                for (int i = 0; i < s.points().size(); i++) {
                    drawn.getData().add(new XYChart.Data<>(s.points().get(i).value(), categories.get(i)));
                }
                bars.getData().add(drawn);
            }
            chart = bars;
            double height = Math.max(CHART_HEIGHT, 26 * categories.size() + (series.size() > 1 ? 130 : 100));
            chart.setPrefHeight(height);
            chart.setMinHeight(height);
        }
        chart.setId("chart-" + table.id());
        chart.setAnimated(false);
        chart.setTitle(vm.chartTitle(table));
        chart.setLegendVisible(series.size() > 1);
        return chart;
    }

    /** The categories, unique as a category axis needs them: two meetings on one day are told apart by a counter. */
    private static List<String> categories(List<StatisticsViewModel.Series> series) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> categories = new java.util.ArrayList<>();
        for (StatisticsViewModel.Point p : series.isEmpty() ? List.<StatisticsViewModel.Point>of()
                : series.get(0).points()) {
            String c = p.category();
            int n = 2;
            while (!seen.add(c)) {
                c = p.category() + " (" + n++ + ")";
            }
            categories.add(c);
        }
        return categories;
    }

    private TableView<List<String>> table(StatTable table) {
        TableView<List<String>> grid = new TableView<>();
        grid.setId("table-" + table.id());
        List<String> headings = vm.headings(table);
        List<List<String>> lines = vm.lines(table);
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headings.get(i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().get(column)));
            c.setSortable(false);
            // As wide as the longest cell (headings wrap), within reason.
            int longest = lines.stream().mapToInt(l -> l.get(column).length()).max().orElse(4);
            String heading = headings.get(i);
            int word = java.util.Arrays.stream(heading.split(" ")).mapToInt(String::length).max().orElse(4);
            int twoLines = (heading.length() + 1) / 2 + 2;
            c.setPrefWidth(Math.max(56, Math.min(230, Math.max(longest, Math.max(word, twoLines)) * 8.2 + 16)));
            grid.getColumns().add(c);
        }
        grid.getItems().setAll(lines);
        // The columns share the width in proportion to their content; long headings wrap.
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        grid.setPrefHeight(CHART_HEIGHT);
        grid.setMinHeight(CHART_HEIGHT);
        return grid;
    }

    private void exportCsv(StatTable table) {
        dialogs.chooseSaveFile(text.plain("statistics.exportCsv"), vm.csvFileName(table),
                text.text("statistics.csvFilter"), "csv").ifPresent(file -> vm.exportCsv(table, file));
    }

    private void savePng(StatTable table, XYChart<?, ?> chart) {
        dialogs.chooseSaveFile(text.plain("statistics.savePng"), vm.pngFileName(table),
                text.text("statistics.pngFilter"), "png").ifPresent(file -> {
                    WritableImage image = chart.snapshot(null, null);
                    int width = (int) image.getWidth();
                    int height = (int) image.getHeight();
                    int[] argb = new int[width * height];
                    image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0,
                            width);
                    vm.savePng(argb, width, height, file);
                });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void shown() {
        vm.load();
    }
}
