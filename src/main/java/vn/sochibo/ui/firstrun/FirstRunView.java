package vn.sochibo.ui.firstrun;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.ui.cell.CellProfileFormView;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/** The first-run window content: the choice between the demo cell and one's own, then the set-up form. */
public final class FirstRunView {
    private final FirstRunViewModel vm;
    private final UiText text;
    private final Consumer<CellProfile> onReady;
    private final StackPane root = new StackPane();
    private final Node choicePage;
    private final Node setUpPage;
    private Button firstChoice;
    private CellProfileFormView form;

    public FirstRunView(FirstRunViewModel vm, UiText text, Consumer<CellProfile> onReady) {
        this.vm = vm;
        this.text = text;
        this.onReady = onReady;
        root.setId("firstRun");
        root.getStyleClass().add("first-run");
        choicePage = choicePage();
        setUpPage = setUpPage();
        vm.stepProperty().addListener((obs, old, step) -> showStep(step));
        showStep(vm.stepProperty().get());
    }

    private Node choicePage() {
        Label title = new Label(text.text("firstRun.welcome"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        title.setWrapText(true);
        Label intro = new Label(text.text("firstRun.intro"));
        intro.setWrapText(true);

        Button useDemo = choiceButton("useDemo", "firstRun.demo");
        useDemo.setOnAction(e -> vm.useDemo(onReady));
        Button setUp = choiceButton("setUpOwn", "firstRun.setUp");
        setUp.getStyleClass().add(Styles.ACCENT);
        setUp.setOnAction(e -> vm.startSetUp());
        firstChoice = setUp;
        useDemo.disableProperty().bind(vm.workingProperty());
        setUp.disableProperty().bind(vm.workingProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        Label working = new Label(text.text("firstRun.demo.working"), progress);
        working.visibleProperty().bind(vm.workingProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label error = FormGrid.errorLabel(vm.errorProperty());
        error.setId("firstRunError");

        VBox page = new VBox(24, title, intro, choice(setUp, "firstRun.setUp.description"),
                choice(useDemo, "firstRun.demo.description"), working, error);
        page.getStyleClass().add("first-run-page");
        page.setMaxWidth(640);
        return page;
    }

    /** A large button with the choice's title (and mnemonic), with a line of explanation under it. */
    private Button choiceButton(String id, String titleKey) {
        Button button = new Button(text.text(titleKey));
        button.setMnemonicParsing(true);
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAlignment(Pos.CENTER_LEFT);
        button.getStyleClass().addAll("choice-button", Styles.LARGE);
        return button;
    }

    private VBox choice(Button button, String descriptionKey) {
        Label description = new Label(text.text(descriptionKey));
        description.setWrapText(true);
        description.getStyleClass().add(AppStyles.MUTED);
        return new VBox(6, button, description);
    }

    private Node setUpPage() {
        Label title = new Label(text.plain("firstRun.setUp"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        Label hint = new Label(text.text("firstRun.setUp.hint"));
        hint.setWrapText(true);
        form = new CellProfileFormView(vm.profile(), text, false);
        Button save = new Button(text.text("firstRun.setUp.save"));
        save.setId("saveCellProfile");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.workingProperty());
        save.setOnAction(e -> vm.saveProfile(onReady));
        Button back = new Button(text.text("firstRun.setUp.back"));
        back.setId("backToChoice");
        back.setCancelButton(true);
        back.setOnAction(e -> vm.backToChoice());
        HBox buttons = new HBox(10, save, back);
        VBox page = new VBox(16, title, hint, form.node(), buttons);
        page.getStyleClass().add("first-run-page");
        page.setMaxWidth(720);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void showStep(FirstRunViewModel.Step step) {
        boolean choosing = step == FirstRunViewModel.Step.CHOICE;
        root.getChildren().setAll(choosing ? choicePage : setUpPage);
        StackPane.setAlignment(choicePage, Pos.CENTER);
        Platform.runLater(() -> {
            if (choosing) {
                firstChoice.requestFocus();
            } else {
                form.firstField().requestFocus();
            }
        });
    }

    public StackPane node() {
        return root;
    }
}
