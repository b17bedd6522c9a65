package vn.sochibo.ui.shell;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.settings.SettingsService;

/**
 * The banner shown while the data folder holds the demo cell, and its one command: set the demo aside (its
 * database moves, untouched, into a folder of its own) so that the secretary can start the real cell.
 */
public final class DemoBannerViewModel {
    private final Callable<Path> setAside;
    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper visible;
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    /**
     * @param settings the settings of the open data folder: they say whether it holds the demo cell
     * @param setAside closes the store and sets the demo aside, returning where it went
     *                 ({@code AppServices::setDemoCellAside})
     */
    public DemoBannerViewModel(SettingsService settings, Callable<Path> setAside, TaskRunner tasks) {
        this.setAside = setAside;
        this.tasks = tasks;
        this.visible = new ReadOnlyBooleanWrapper(settings.isDemoCell());
    }

    /** True while the open data folder holds the demo cell. */
    public ReadOnlyBooleanProperty visibleProperty() {
        return visible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /**
     * Sets the demo cell aside, off the UI thread. {@code onLeft} gets the folder it went to (the store is
     * closed by then); {@code onFailed} gets why it could not be done (nothing is deleted either way).
     */
    public void leave(Consumer<Path> onLeft, Consumer<Throwable> onFailed) {
        if (!visible.get() || working.get()) {
            return;
        }
        working.set(true);
        tasks.run(setAside, aside -> {
            working.set(false);
            visible.set(false);
            onLeft.accept(aside);
        }, failure -> {
            working.set(false);
            onFailed.accept(failure);
        });
    }
}
