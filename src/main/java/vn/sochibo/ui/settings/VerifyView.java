package vn.sochibo.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.UiText;

/** The integrity check of the "Dữ liệu" tab: the overall result, one line per check, each finding with advice. */
final class VerifyView {
    private final VBox root;
    private final VBox findings = new VBox(10);

    VerifyView(VerifyViewModel vm, UiText text) {
        Label explanation = new Label(text.text("verify.explanation"));
        explanation.setWrapText(true);
        explanation.getStyleClass().add(AppStyles.MUTED);
        Button run = new Button(text.text("verify.run"));
        run.setId("verifyNow");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.runningProperty());
        run.setOnAction(e -> vm.verify());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox buttons = new HBox(12, run, progress);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("verifySummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        vm.allMatchProperty().addListener((obs, was, ok) -> {
            summary.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            summary.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
        });
        VBox checks = new VBox(6);
        checks.setId("verifyChecks");
        vm.checks().addListener((ListChangeListener<VerifyViewModel.Check>) c -> {
            checks.getChildren().clear();
            for (VerifyViewModel.Check check : vm.checks()) {
                Label line = new Label(check.line());
                line.setId("verifyCheck-" + check.id());
                line.setWrapText(true);
                line.getStyleClass().add(check.ok() ? Styles.SUCCESS : Styles.DANGER);
                checks.getChildren().add(line);
            }
        });
        findings.setId("verifyFindings");
        vm.findings().addListener((ListChangeListener<VerifyViewModel.Finding>) c -> {
            findings.getChildren().clear();
            for (VerifyViewModel.Finding f : vm.findings()) {
                Label what = new Label(f.check() + ": " + f.what());
                what.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.DANGER);
                what.setWrapText(true);
                Label advice = new Label(f.advice());
                advice.setWrapText(true);
                VBox box = new VBox(4, what, advice);
                box.getStyleClass().add("verify-finding");
                findings.getChildren().add(box);
            }
        });
        root = new VBox(12, SettingsView.section(text.text("verify.title")), explanation, buttons, summary, checks,
                findings);
        root.getStyleClass().addAll("area", "settings");
        root.setMaxWidth(860);
    }

    Node node() {
        return root;
    }
}
