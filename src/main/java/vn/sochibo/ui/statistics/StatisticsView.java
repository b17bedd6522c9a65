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
        XYChart<String, Number> chart = chart(table);
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
            HBox both = new HBox(16, chart, grid);
            HBox.setHgrow(chart, Priority.ALWAYS);
            HBox.setHgrow(grid, Priority.ALWAYS);
            chart.setPrefWidth(520);
            chart.setMinWidth(360);
            grid.setPrefWidth(560);
            body = both;
        }
        VBox section = new VBox(8, head, body);
        section.setId("statisticsSection-" + table.id());
        return section;
    }

    private XYChart<String, Number> chart(StatTable table) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        XYChart<String, Number> chart = switch (table.chart()) {
            case BAR -> new BarChart<>(x, y);
            case STACKED_BAR -> new StackedBarChart<>(x, y);
            case LINE -> new LineChart<>(x, y);
        };
        chart.setId("chart-" + table.id());
        chart.setAnimated(false);
        chart.setTitle(vm.title(table));
        chart.setPrefHeight(CHART_HEIGHT);
        chart.setMinHeight(CHART_HEIGHT);
        List<StatisticsViewModel.Series> series = vm.series(table);
        chart.setLegendVisible(series.size() > 1);
        if (series.size() == 1) {
            y.setLabel(series.get(0).name());
        }
        // Categories must be unique on a category axis: two meetings on one day are told apart by a counter.
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
        x.setCategories(FXCollections.observableArrayList(categories));
        for (StatisticsViewModel.Series s : series) {
            XYChart.Series<String, Number> drawn = new XYChart.Series<>();
            drawn.setName(s.name());
            for (int i = 0; i < s.points().size(); i++) {
                drawn.getData().add(new XYChart.Data<>(categories.get(i), s.points().get(i).value()));
            }
            chart.getData().add(drawn);
        }
        return chart;
    }

    private TableView<List<String>> table(StatTable table) {
        TableView<List<String>> grid = new TableView<>();
        grid.setId("table-" + table.id());
        List<String> headings = vm.headings(table);
        for (int i = 0; i < headings.size(); i++) {
            int column = i;
            TableColumn<List<String>, String> c = new TableColumn<>(headings.get(i));
            c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().get(column)));
            c.setSortable(false);
            c.setPrefWidth(i == 0 ? 170 : Math.max(70, Math.min(140, headings.get(i).length() * 7.5)));
            grid.getColumns().add(c);
        }
        grid.getItems().setAll(vm.lines(table));
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        grid.setPrefHeight(CHART_HEIGHT);
        grid.setMinHeight(CHART_HEIGHT);
        return grid;
    }

    private void exportCsv(StatTable table) {
        dialogs.chooseSaveFile(text.plain("statistics.exportCsv"), vm.csvFileName(table),
                text.text("statistics.csvFilter"), "csv").ifPresent(file -> vm.exportCsv(table, file));
    }

    private void savePng(StatTable table, XYChart<String, Number> chart) {
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
