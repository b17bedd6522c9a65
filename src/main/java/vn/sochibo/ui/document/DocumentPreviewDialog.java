package vn.sochibo.ui.document;

import atlantafx.base.theme.Styles;
import java.io.File;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import vn.sochibo.application.document.PageImage;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.Dialogs;
import vn.sochibo.ui.common.UiText;

/**
 * The print preview window: the pages in one scrolling column as they will print, the page count, the zoom,
 * and the buttons to print (the operating system's dialog) and to save the PDF.
 *
 * <p>Keys: Ctrl+P print, Ctrl+S save as PDF, Page Up/Page Down previous/next page, Ctrl+Home/Ctrl+End first
 * and last page, Ctrl+plus/Ctrl+minus zoom, Ctrl+0 printed size, Esc closes.
 */
public final class DocumentPreviewDialog {
    private final DocumentPreviewViewModel vm;
    private final UiText text;
    private final Dialog<Void> dialog = new Dialog<>();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox column = new VBox(DocumentPreviewViewModel.GAP);
    private final List<ImageView> views = new ArrayList<>();
    private boolean scrollingByCommand;

    public DocumentPreviewDialog(DocumentPreviewViewModel vm, UiText text, Dialogs dialogs) {
        this.vm = vm;
        this.text = text;
        dialog.titleProperty().bind(Bindings.createStringBinding(
                () -> text.format("preview.windowTitle", vm.titleProperty().get()), vm.titleProperty()));
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.setId("documentPreview");
        pane.setContent(content());
        ButtonType printType = new ButtonType(text.text("preview.print"), ButtonData.OK_DONE);
        ButtonType saveType = new ButtonType(text.text("preview.save"), ButtonData.OTHER);
        pane.getButtonTypes().addAll(printType, saveType, dialogs.closeButton());
        action(pane, printType, "previewPrint", "preview.print.tooltip", vm::print);
        action(pane, saveType, "previewSave", "preview.save.tooltip", this::chooseFileAndSave);
        Button close = (Button) pane.lookupButton(pane.getButtonTypes().get(2));
        close.setId("previewClose");
        pane.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        pane.setPrefSize(Math.min(980, screen.getWidth() * 0.9), Math.min(1000, screen.getHeight() * 0.88));
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(e -> scroll.requestFocus());
        dialogs.prepare(dialog);
    }

    private void action(DialogPane pane, ButtonType type, String id, String tooltipKey, Runnable action) {
        Button button = (Button) pane.lookupButton(type);
        button.setId(id);
        button.setTooltip(new Tooltip(text.text(tooltipKey)));
        button.disableProperty().bind(vm.canOutputBinding().not());
        // These buttons act without closing the window.
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
        ButtonBar.setButtonUniformSize(button, false);
    }

    private Node content() {
        Label page = new Label();
        page.setId("previewPage");
        page.textProperty().bind(vm.pageLabelProperty());
        page.setMinWidth(Region.USE_PREF_SIZE);
        Label zoom = new Label();
        zoom.setId("previewZoom");
        zoom.textProperty().bind(vm.zoomLabelProperty());
        zoom.setMinWidth(Region.USE_PREF_SIZE);
        HBox pagesGroup = new HBox(8,
                button("previewPrevious", "preview.previous", "preview.previous.tooltip", vm::previousPage), page,
                button("previewNext", "preview.next", "preview.next.tooltip", vm::nextPage));
        pagesGroup.setAlignment(Pos.CENTER_LEFT);
        HBox zoomGroup = new HBox(8,
                button("previewZoomOut", "preview.zoomOut", "preview.zoomOut.tooltip", vm::zoomOut), zoom,
                button("previewZoomIn", "preview.zoomIn", "preview.zoomIn.tooltip", vm::zoomIn),
                button("previewFitWidth", "preview.fitWidth", "preview.fitWidth.tooltip", vm::fitToWidth),
                button("previewActualSize", "preview.actualSize", "preview.actualSize.tooltip", vm::actualSize));
        zoomGroup.setAlignment(Pos.CENTER_LEFT);
        // Wraps onto a second line in a narrow window instead of widening it.
        FlowPane tools = new FlowPane(24, 8, pagesGroup, zoomGroup);
        tools.setMinWidth(0);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("previewStatus");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setMaxWidth(Double.MAX_VALUE);
        status.textProperty().bind(vm.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        vm.statusIsErrorProperty().addListener((obs, was, error) -> styleStatus(status, error));
        styleStatus(status, vm.statusIsErrorProperty().get());

        column.setId("previewPages");
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(DocumentPreviewViewModel.GAP));
        column.setStyle("-fx-background-color: -color-bg-subtle;");
        scroll.setId("previewScroll");
        scroll.setContent(column);
        scroll.setPannable(true);
        column.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        column.minHeightProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getHeight(), scroll.viewportBoundsProperty()));
        vm.viewportWidthProperty().bind(Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        scroll.vvalueProperty().addListener((obs, old, value) -> {
            if (!scrollingByCommand) {
                vm.scrolled(offset(value.doubleValue()), viewportHeight());
            }
        });
        vm.pages().addListener((ListChangeListener<PageImage>) change -> showPages());
        vm.zoomProperty().addListener((obs, old, value) -> sizePages());
        vm.setOnShowPage(this::scrollTo);

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("previewLoading");
        progress.setMaxSize(64, 64);
        progress.visibleProperty().bind(vm.loadingProperty());
        StackPane centre = new StackPane(scroll, progress);
        VBox.setVgrow(centre, Priority.ALWAYS);

        VBox box = new VBox(10, tools, status, centre);
        BorderPane root = new BorderPane(box);
        root.setMinSize(480, 360);
        return root;
    }

    private static void styleStatus(Label status, boolean error) {
        status.getStyleClass().removeAll(Styles.DANGER, AppStyles.MUTED);
        status.getStyleClass().add(error ? Styles.DANGER : AppStyles.MUTED);
    }

    private Button button(String id, String labelKey, String tooltipKey, Runnable action) {
        Button button = Controls.button(text, id, labelKey, tooltipKey, action);
        button.disableProperty().bind(Bindings.isEmpty(vm.pages()));
        button.setFocusTraversable(false);
        return button;
    }

    private void showPages() {
        views.clear();
        for (PageImage page : vm.pages()) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                    IntBuffer.wrap(page.argb()), page.width());
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setEffect(new DropShadow(8, Color.rgb(0, 0, 0, 0.3)));
            view.getStyleClass().add("preview-page");
            views.add(view);
        }
        column.getChildren().setAll(views);
        sizePages();
    }

    private void sizePages() {
        for (int i = 0; i < views.size(); i++) {
            views.get(i).setFitWidth(vm.pageWidth(i));
        }
        column.setPrefHeight(vm.contentHeight());
    }

    /** Brings a page to the top of the view; the page arithmetic is the view model's, so no layout pass is needed. */
    private void scrollTo(int page) {
        if (views.isEmpty()) {
            return;
        }
        double range = vm.contentHeight() - viewportHeight();
        scrollingByCommand = true;
        try {
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, vm.scrollOffsetOf(page) / range));
        } finally {
            scrollingByCommand = false;
        }
    }

    private double offset(double vvalue) {
        return vvalue * Math.max(0, vm.contentHeight() - viewportHeight());
    }

    private double viewportHeight() {
        return scroll.getViewportBounds().getHeight();
    }

    private static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIRST = new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination LAST = new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ACTUAL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCombination> ZOOM_IN = List.of(
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN));
    private static final List<KeyCombination> ZOOM_OUT = List.of(
            new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN));

    private void keyPressed(KeyEvent event) {
        Runnable action = null;
        if (PRINT.match(event)) {
            action = vm::print;
        } else if (SAVE.match(event)) {
            action = this::chooseFileAndSave;
        } else if (event.getCode() == KeyCode.PAGE_DOWN && !event.isShortcutDown()) {
            action = vm::nextPage;
        } else if (event.getCode() == KeyCode.PAGE_UP && !event.isShortcutDown()) {
            action = vm::previousPage;
        } else if (FIRST.match(event)) {
            action = vm::firstPage;
        } else if (LAST.match(event)) {
            action = vm::lastPage;
        } else if (ACTUAL.match(event)) {
            action = vm::actualSize;
        } else if (ZOOM_IN.stream().anyMatch(k -> k.match(event))) {
            action = vm::zoomIn;
        } else if (ZOOM_OUT.stream().anyMatch(k -> k.match(event))) {
            action = vm::zoomOut;
        }
        if (action != null) {
            event.consume();
            action.run();
        }
    }

    private void chooseFileAndSave() {
        if (!vm.canOutputBinding().get()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.plain("preview.save"));
        chooser.setInitialFileName(vm.fileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text.text("preview.pdfFilter"), "*.pdf"));
        File file = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
        if (file != null) {
            vm.save(file.toPath());
        }
    }

    /** Shows the window (without waiting for it to close). */
    public void show() {
        dialog.show();
    }

    /** Closes the window. */
    public void close() {
        dialog.close();
    }
}
