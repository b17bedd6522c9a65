package vn.sochibo.ui.firstrun;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.ui.cell.CellProfileFormView;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.FormGrid;
import vn.sochibo.ui.common.UiText;

/**
 * The first-run window content: the choice between one's own cell, the demo cell and the previous secretary's
 * handover archive; then the set-up form, or the archive's password and what it holds.
 */
public final class FirstRunView {
    private final FirstRunViewModel vm;
    private final UiText text;
    private final ArchiveFileChooser archiveChooser;
    private final Consumer<CellProfile> onReady;
    private final StackPane root = new StackPane();
    private final Node choicePage;
    private final Node setUpPage;
    private final Node passwordPage;
    private final Node reviewPage;
    private Button firstChoice;
    private CellProfileFormView form;
    private PasswordField password;
    private Button importButton;

    public FirstRunView(FirstRunViewModel vm, UiText text, ArchiveFileChooser archiveChooser,
            Consumer<CellProfile> onReady) {
        this.vm = vm;
        this.text = text;
        this.archiveChooser = archiveChooser;
        this.onReady = onReady;
        root.setId("firstRun");
        root.getStyleClass().add("first-run");
        choicePage = choicePage();
        setUpPage = setUpPage();
        passwordPage = passwordPage();
        reviewPage = reviewPage();
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
        Button handover = choiceButton("receiveHandover", "handover.choice");
        handover.setOnAction(e -> archiveChooser.choose(handover.getScene().getWindow())
                .ifPresent(vm.handover()::open));
        firstChoice = setUp;
        useDemo.disableProperty().bind(vm.workingProperty());
        setUp.disableProperty().bind(vm.workingProperty());
        handover.disableProperty().bind(vm.workingProperty());

        Label error = FormGrid.errorLabel(vm.errorProperty());
        error.setId("firstRunError");

        VBox page = new VBox(24, title, intro, choice(setUp, "firstRun.setUp.description"),
                choice(useDemo, "firstRun.demo.description"), choice(handover, "handover.choice.description"),
                working(), error);
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

    /** What is being done, with a spinner, while the view model works. */
    private Label working() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        Label working = new Label("", progress);
        working.textProperty().bind(vm.workingTextProperty());
        working.visibleProperty().bind(vm.workingProperty());
        working.managedProperty().bind(working.visibleProperty());
        return working;
    }

    private Label fileLine() {
        Label file = new Label();
        file.textProperty().bind(vm.handover().fileNameProperty().map(name -> text.format("handover.file", name)));
        file.setWrapText(true);
        file.getStyleClass().add(AppStyles.MUTED);
        return file;
    }

    private Button backButton(String id) {
        Button back = new Button(text.text("firstRun.setUp.back"));
        back.setId(id);
        back.setCancelButton(true);
        back.disableProperty().bind(vm.workingProperty());
        back.setOnAction(e -> vm.handover().back());
        return back;
    }

    private Node passwordPage() {
        Label title = new Label(text.text("handover.password.title"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        title.setWrapText(true);
        Label hint = new Label(text.text("handover.password.hint"));
        hint.setWrapText(true);
        password = new PasswordField();
        password.setId("handoverPassword");
        password.setPromptText(text.plain("archive.password"));
        password.setMaxWidth(360);
        password.disableProperty().bind(vm.workingProperty());
        Button unlock = new Button(text.text("handover.unlock"));
        unlock.setId("handoverUnlock");
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setDefaultButton(true);
        unlock.disableProperty().bind(vm.workingProperty());
        unlock.setOnAction(e -> {
            if (vm.handover().unlock(password.getText().toCharArray())) {
                password.clear();
            }
        });
        Label error = FormGrid.errorLabel(vm.errorProperty());
        error.setId("handoverPasswordError");
        VBox page = new VBox(16, title, fileLine(), hint, password,
                new HBox(10, unlock, backButton("handoverPasswordBack")), working(), error);
        page.getStyleClass().add("first-run-page");
        page.setMaxWidth(640);
        return page;
    }

    private Node reviewPage() {
        Label title = new Label(text.text("handover.review.title"));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        title.setWrapText(true);
        GridPane facts = new GridPane();
        facts.setId("handoverFacts");
        facts.setHgap(16);
        facts.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(160);
        facts.getColumnConstraints().add(labels);
        vm.handover().facts().addListener((javafx.collections.ListChangeListener<HandoverViewModel.Fact>) c -> {
            facts.getChildren().clear();
            int row = 0;
            for (HandoverViewModel.Fact fact : vm.handover().facts()) {
                Label what = new Label(fact.label());
                what.getStyleClass().add(AppStyles.MUTED);
                Label value = new Label(fact.value());
                value.setWrapText(true);
                value.getStyleClass().add(Styles.TEXT_BOLD);
                facts.addRow(row++, what, value);
            }
        });
        Label checked = new Label(text.text("handover.review.checked"));
        checked.setWrapText(true);
        checked.getStyleClass().add(Styles.SUCCESS);
        Label hint = new Label(text.text("handover.review.hint"));
        hint.setWrapText(true);
        importButton = new Button(text.text("handover.import"));
        importButton.setId("handoverImport");
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(vm.workingProperty());
        importButton.setOnAction(e -> vm.handover().importArchive(onReady));
        Label error = FormGrid.errorLabel(vm.errorProperty());
        error.setId("handoverReviewError");
        VBox page = new VBox(16, title, fileLine(), facts, checked, hint,
                new HBox(10, importButton, backButton("handoverReviewBack")), working(), error);
        page.getStyleClass().add("first-run-page");
        page.setMaxWidth(720);
        return page;
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
        Node page = switch (step) {
            case CHOICE -> choicePage;
            case SET_UP -> setUpPage;
            case HANDOVER_PASSWORD -> passwordPage;
            case HANDOVER_REVIEW -> reviewPage;
        };
        root.getChildren().setAll(page);
        StackPane.setAlignment(page, Pos.CENTER);
        Platform.runLater(() -> {
            switch (step) {
                case CHOICE -> firstChoice.requestFocus();
                case SET_UP -> form.firstField().requestFocus();
                case HANDOVER_PASSWORD -> password.requestFocus();
                case HANDOVER_REVIEW -> importButton.requestFocus();
            }
        });
    }

    public StackPane node() {
        return root;
    }
}
