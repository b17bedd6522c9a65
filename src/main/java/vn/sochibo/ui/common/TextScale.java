package vn.sochibo.ui.common;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import vn.sochibo.application.settings.SettingsService;

/**
 * The text size of the whole UI. Every window root (main window, dialogs) is attached; all other sizes in
 * the theme and in our stylesheet are in em, so the whole layout grows with the text.
 */
public final class TextScale {
    /** The theme's own base size (AtlantaFX sets 14px on .root). */
    public static final double BASE_FONT_PX = 14;

    private final IntegerProperty percent = new SimpleIntegerProperty(SettingsService.MIN_TEXT_SCALE);

    public IntegerProperty percentProperty() {
        return percent;
    }

    public int percent() {
        return percent.get();
    }

    public void setPercent(int value) {
        percent.set(Math.max(SettingsService.MIN_TEXT_SCALE, Math.min(SettingsService.MAX_TEXT_SCALE, value)));
    }

    public static double fontSizePx(int percent) {
        return BASE_FONT_PX * percent / 100.0;
    }

    /** Makes the root follow the text size from now on. */
    public void attach(Parent root) {
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", fontSizePx(percent.get())), percent));
    }

    /** Makes whatever root the scene shows follow the text size, also after the root is replaced. */
    public void attach(Scene scene) {
        attach(scene.getRoot());
        scene.rootProperty().addListener((obs, old, root) -> {
            old.styleProperty().unbind();
            attach(root);
        });
    }
}
