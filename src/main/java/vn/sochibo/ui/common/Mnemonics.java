package vn.sochibo.ui.common;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.Mnemonic;

/**
 * JavaFX keeps a label's mnemonic (Alt + letter) registered on the scene after the label is taken out of
 * it; a screen that is swapped out would then still catch its Alt keys. The main window forgets them.
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    /**
     * Unregisters every mnemonic whose node (the labelled control, or the button itself) lies in the given,
     * already removed, part of the scene graph.
     */
    public static void forget(Scene scene, Node removed) {
        for (KeyCombination key : List.copyOf(scene.getMnemonics().keySet())) {
            ObservableList<Mnemonic> mnemonics = scene.getMnemonics().get(key);
            for (Mnemonic mnemonic : List.copyOf(mnemonics)) {
                if (isWithin(mnemonic.getNode(), removed)) {
                    scene.removeMnemonic(mnemonic);
                }
            }
            if (mnemonics.isEmpty()) {
                // An empty entry would still take the key (Alt+c) before a live one (Alt+C) gets it.
                scene.getMnemonics().remove(key);
            }
        }
    }

    private static boolean isWithin(Node node, Node root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }
}
