package vn.sochibo.ui.firstrun;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.sochibo.application.archive.ArchiveInfo;
import vn.sochibo.application.archive.ArchiveService;
import vn.sochibo.application.cell.CellService;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.firstrun.FirstRunViewModel.Step;

/**
 * "Nhận hồ sơ bàn giao từ người trước" on the first run: the archive chosen is checked whole (and, when it is
 * encrypted, unlocked with its password) before it shows what it holds; only then, when the secretary confirms, is
 * it imported into the empty data folder. Any refusal leaves the folder empty and the first-run choice open, with
 * the reason in words. The password typed is kept between the check and the import only, and wiped whatever
 * happens.
 */
public final class HandoverViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** One line of what the archive holds: what (cell, made, version, contents, password) and its value. */
    public record Fact(String label, String value) {
    }

    private final ArchiveService archive;
    private final CellService cell;
    private final TaskRunner tasks;
    private final UiText text;
    private final ZoneId zone;
    private final ObjectProperty<Step> step;
    private final BooleanProperty working;
    private final ReadOnlyStringWrapper workingText;
    private final ReadOnlyStringWrapper error;
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    /** One read-only view, kept: a view's listener on a wrapper made per call would be lost with the wrapper. */
    private final ObservableList<Fact> readOnlyFacts = FXCollections.unmodifiableObservableList(facts);
    private Path file;
    /** The password that unlocked the archive, kept for the import; null when none. */
    private char[] password;

    HandoverViewModel(ArchiveService archive, CellService cell, TaskRunner tasks, UiText text, ZoneId zone,
            ObjectProperty<Step> step, BooleanProperty working, ReadOnlyStringWrapper workingText,
            ReadOnlyStringWrapper error) {
        this.archive = archive;
        this.cell = cell;
        this.tasks = tasks;
        this.text = text;
        this.zone = zone;
        this.step = step;
        this.working = working;
        this.workingText = workingText;
        this.error = error;
    }

    /**
     * The secretary chose {@code chosen}: an encrypted archive asks for its password; any other is checked whole
     * and, when sound, shown for confirmation. A refusal stays on the choice, saying why.
     */
    public void open(Path chosen) {
        if (working.get()) {
            return;
        }
        forget();
        error.set("");
        file = chosen;
        fileName.set(String.valueOf(chosen.getFileName()));
        start("handover.checking");
        tasks.run(() -> archive.isEncrypted(chosen) ? Optional.<ArchiveInfo>empty()
                : Optional.of(archive.inspect(chosen, null)), info -> {
                    working.set(false);
                    info.ifPresentOrElse(this::show, () -> step.set(Step.HANDOVER_PASSWORD));
                }, this::refused);
    }

    /**
     * Unlocks the archive with the password typed (wiped here, whatever happens). A wrong password keeps the
     * password page open with the reason, to try again. Returns false when nothing was tried (empty, or busy).
     */
    public boolean unlock(char[] typed) {
        if (working.get() || file == null || step.get() != Step.HANDOVER_PASSWORD) {
            wipe(typed);
            return false;
        }
        if (typed == null || typed.length == 0) {
            error.set(text.text("handover.passwordEmpty"));
            return false;
        }
        error.set("");
        char[] kept = typed.clone();
        start("handover.checking");
        tasks.run(() -> archive.inspect(file, typed), info -> {
            working.set(false);
            password = kept;
            show(info);
        }, failure -> {
            wipe(kept);
            working.set(false);
            error.set(text.describe(failure));
        });
        return true;
    }

    /**
     * Imports the archive shown into the empty data folder (checked again as it is read: the file may have
     * changed since), then hands over the cell's profile. An archive without a cell profile opens the set-up
     * form, with its members already in.
     */
    public void importArchive(Consumer<CellProfile> onReady) {
        if (working.get() || file == null || step.get() != Step.HANDOVER_REVIEW) {
            return;
        }
        Path chosen = file;
        char[] secret = password;
        password = null;
        error.set("");
        start("handover.importing");
        tasks.run(() -> {
            archive.importFrom(chosen, secret);
            return cell.profile();
        }, profile -> {
            working.set(false);
            forget();
            profile.ifPresentOrElse(onReady, () -> step.set(Step.SET_UP));
        }, failure -> {
            wipe(secret);
            refused(failure);
        });
    }

    /** Back to the first-run choice; nothing was written. */
    public void back() {
        if (working.get()) {
            return;
        }
        forget();
        error.set("");
        step.set(Step.CHOICE);
    }

    private void start(String what) {
        workingText.set(text.text(what));
        working.set(true);
    }

    private void show(ArchiveInfo info) {
        facts.setAll(
                new Fact(text.text("handover.fact.cell"),
                        info.cellName().isBlank() ? text.text("handover.fact.noCell") : info.cellName()),
                new Fact(text.text("handover.fact.createdAt"), TIME.format(info.createdAt().atZone(zone))),
                new Fact(text.text("handover.fact.appVersion"), info.appVersion()),
                new Fact(text.text("handover.fact.contents"), text.format("handover.fact.counts", info.members(),
                        info.meetings(), info.finalizedMeetings(), info.documents())),
                new Fact(text.text("handover.fact.password"),
                        text.text(info.encrypted() ? "handover.fact.encrypted" : "handover.fact.notEncrypted")));
        step.set(Step.HANDOVER_REVIEW);
    }

    private void refused(Throwable failure) {
        working.set(false);
        forget();
        step.set(Step.CHOICE);
        error.set(text.format("handover.refused", text.describe(failure)));
    }

    private void forget() {
        wipe(password);
        password = null;
        file = null;
        facts.clear();
    }

    private static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }

    /** The name of the archive chosen, shown on the password and confirmation pages. */
    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /** What the archive holds, once checked (and unlocked); empty otherwise. */
    public ObservableList<Fact> facts() {
        return readOnlyFacts;
    }
}
