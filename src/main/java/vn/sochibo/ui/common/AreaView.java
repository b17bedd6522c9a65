package vn.sochibo.ui.common;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/** One area's screen in the main window. */
public interface AreaView {
    Node node();

    /** Called each time the area is shown, e.g. to reload what other areas may have changed. */
    default void shown() {
    }

    /**
     * Called when the area is left: another area is shown, the window closes or the app ends. Saves what is
     * pending (queued on the background runner before any work that follows).
     */
    default void leaving() {
    }

    /** Keyboard shortcuts that work anywhere in the window while this area is shown. */
    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }
}
