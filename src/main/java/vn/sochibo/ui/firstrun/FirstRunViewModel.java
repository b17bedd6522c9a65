package vn.sochibo.ui.firstrun;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.sochibo.application.archive.ArchiveService;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.demo.DemoCell;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.ui.cell.CellProfileFormViewModel;
import vn.sochibo.ui.common.UiText;

/**
 * The first run, when the data folder holds no cell yet: fill it with the demo cell to explore, set up one's own
 * cell (its profile; the committee is chosen later in Settings, once there are members), or receive the handover
 * archive of the previous secretary ({@link HandoverViewModel}).
 */
public final class FirstRunViewModel {
    /** The pages of the first run. */
    public enum Step {
        CHOICE,
        SET_UP,
        /** The handover archive chosen is encrypted: its password is asked. */
        HANDOVER_PASSWORD,
        /** The handover archive was checked: what it holds, to confirm the import. */
        HANDOVER_REVIEW
    }

    private final CellService cell;
    private final DemoCell demo;
    private final TaskRunner tasks;
    private final UiText text;
    private final CellProfileFormViewModel profile;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOICE);
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper workingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final HandoverViewModel handover;

    /** @param zone the time zone the archive's time of making is shown in */
    public FirstRunViewModel(CellService cell, DemoCell demo, ArchiveService archive, ZoneId zone, TaskRunner tasks,
            UiText text) {
        this.cell = cell;
        this.demo = demo;
        this.tasks = tasks;
        this.text = text;
        this.profile = new CellProfileFormViewModel(text);
        this.handover = new HandoverViewModel(archive, cell, tasks, text, zone, step, working, workingText, error);
    }

    /** Creates the demo cell; {@code onReady} gets its profile. */
    public void useDemo(Consumer<CellProfile> onReady) {
        error.set("");
        workingText.set(text.text("firstRun.demo.working"));
        working.set(true);
        tasks.run(() -> {
            demo.create();
            return cell.profile().orElseThrow(() -> new IllegalStateException("the demo cell has no profile"));
        }, created -> {
            working.set(false);
            onReady.accept(created);
        }, failure -> {
            working.set(false);
            error.set(text.format("firstRun.demo.failed", text.describe(failure)));
        });
    }

    public void startSetUp() {
        error.set("");
        step.set(Step.SET_UP);
    }

    public void backToChoice() {
        profile.errors().clear();
        step.set(Step.CHOICE);
    }

    /** Saves the profile typed; {@code onSaved} gets it when accepted, otherwise the form shows why. */
    public void saveProfile(Consumer<CellProfile> onSaved) {
        Optional<CellProfile> typed = profile.toProfile();
        if (typed.isEmpty()) {
            return;
        }
        profile.errors().submit(tasks, working, () -> cell.save(typed.get()), onSaved);
    }

    /** Receiving the previous secretary's handover archive. */
    public HandoverViewModel handover() {
        return handover;
    }

    public CellProfileFormViewModel profile() {
        return profile;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    /** What is being done while {@link #workingProperty()} is true. */
    public ReadOnlyStringProperty workingTextProperty() {
        return workingText.getReadOnlyProperty();
    }

    /** Why the demo could not be created or the archive was refused; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
