package vn.sochibo.ui.lock;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.security.PasswordService;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.TextScale;
import vn.sochibo.ui.common.UiText;

/**
 * Locks the window of a password-protected folder: by hand ("Khóa ngay", Ctrl+L) or after the chosen minutes
 * without key or mouse input to any of the app's windows ({@link IdleTimer}, checked every second).
 *
 * <p>Locking saves what is pending (the same path as leaving an area), closes every other window of the app
 * (each dialog through its own cancel button, the safe answer), and puts a lock screen in place of the window's
 * scene: the scene with the records is set aside whole, with its shortcuts and mnemonics, so no key reaches it.
 * The right password puts it back as it was: the same area, the same open meeting, the same focus. The store
 * stays open all the while, so the automatic backups go on.
 */
public final class AppLock {
    private static final Logger LOG = LoggerFactory.getLogger(AppLock.class);
    /** Ctrl+L (Cmd+L on a Mac) locks at once. */
    public static final KeyCombination LOCK_NOW = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final List<EventType<? extends InputEvent>> INPUT = List.of(KeyEvent.ANY,
            MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_MOVED, MouseEvent.MOUSE_DRAGGED,
            ScrollEvent.ANY);

    /** What the lock needs from the window it locks. */
    public interface Host {
        /** Saves what the area shown still holds (queued on the background runner). */
        void savePending();

        /** The password of the open folder. */
        PasswordService security();

        /** Ends the app the usual way (the exit backup runs). */
        void quit();
    }

    private final Stage stage;
    private final UiText text;
    private final TextScale textScale;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Host host;
    private final IdleTimer idle;
    private final ReadOnlyBooleanWrapper canLock = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(false);
    private final Timeline ticker;
    private final EventHandler<InputEvent> onInput = this::input;
    private final List<Window> watched = new java.util.ArrayList<>();
    private final ListChangeListener<Window> windowsAdded = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private ObservableValue<String> title;
    private Scene setAside;

    public AppLock(Stage stage, UiText text, TextScale textScale, TaskRunner tasks, Clock clock, Host host) {
        this.stage = stage;
        this.text = text;
        this.textScale = textScale;
        this.tasks = tasks;
        this.clock = clock;
        this.host = host;
        this.idle = new IdleTimer(clock);
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Watches the input to every window of the app, now and to come, and starts the idle check. */
    public void start() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(windowsAdded);
        ticker.play();
    }

    /** The app ends: stops the idle check and takes the lock's filters off every window. */
    public void stop() {
        ticker.stop();
        Window.getWindows().removeListener(windowsAdded);
        for (Window window : watched) {
            INPUT.forEach(type -> window.removeEventFilter(type, onInput));
            window.getProperties().remove(this);
        }
        watched.clear();
    }

    /** The folder's protection and the chosen minutes (0: never), read again when either may have changed. */
    public void configure(boolean protectedFolder, int minutes) {
        idle.setMinutes(minutes);
        setProtected(protectedFolder);
    }

    /** The password was set or removed in Cài đặt → Dữ liệu. */
    public void setProtected(boolean protectedFolder) {
        idle.setProtected(protectedFolder);
        canLock.set(protectedFolder);
    }

    /** The minutes were changed in Cài đặt → Dữ liệu. */
    public void setMinutes(int minutes) {
        idle.setMinutes(minutes);
    }

    /** The window's title while unlocked: {@code source} (the cell's name), or the app's name when null. */
    public void setTitle(ObservableValue<String> source) {
        this.title = source;
        if (!locked.get()) {
            showTitle();
        }
    }

    private void showTitle() {
        stage.titleProperty().unbind();
        if (title == null) {
            stage.setTitle(text.appName());
        } else {
            stage.titleProperty().bind(title);
        }
    }

    /** True while the folder has a password (the window can be locked). */
    public ReadOnlyBooleanProperty canLockProperty() {
        return canLock.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    /** "Khóa ngay (Ctrl+L)" for the status line; shown only while the folder has a password. */
    public Button lockNowButton() {
        Button button = new Button(text.text("lock.now"));
        button.setId("lockNow");
        button.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        button.visibleProperty().bind(canLock);
        button.managedProperty().bind(button.visibleProperty());
        button.setFocusTraversable(false);
        button.setOnAction(e -> lockNow());
        return button;
    }

    private void watch(Window window) {
        if (window.getProperties().putIfAbsent(this, Boolean.TRUE) != null) {
            return;
        }
        // Closed windows are dropped as they go, so that the list does not grow with every dialog.
        watched.removeIf(w -> !w.isShowing() && w != stage);
        watched.add(window);
        INPUT.forEach(type -> window.addEventFilter(type, onInput));
    }

    private void input(InputEvent event) {
        if (locked.get()) {
            return;
        }
        idle.inputSeen();
        if (event instanceof KeyEvent key && key.getEventType() == KeyEvent.KEY_PRESSED && LOCK_NOW.match(key)
                && canLock.get()) {
            // Before the scene's own shortcuts (the meetings area's Ctrl+L) see it.
            key.consume();
            lockNow();
        }
    }

    private void tick() {
        if (!locked.get() && idle.isDue()) {
            LOG.info("No input for {} minutes: locking the window", idle.minutes());
            lockNow();
        }
    }

    /** Locks the window now (a folder without a password is never locked). */
    public void lockNow() {
        if (locked.get() || !canLock.get() || stage.getScene() == null) {
            return;
        }
        try {
            host.savePending();
        } catch (RuntimeException e) {
            LOG.error("Could not save what was pending before locking", e);
        }
        closeOtherWindows();
        Scene current = stage.getScene();
        LockScreenViewModel vm = new LockScreenViewModel(host.security(), tasks, text, clock, this::unlock);
        LockScreen screen = new LockScreen(vm, text, host::quit);
        Scene lockScene = new Scene((javafx.scene.Parent) screen.node(), current.getWidth(), current.getHeight());
        lockScene.getStylesheets().add(AppStyles.stylesheet());
        textScale.attach(lockScene);
        setAside = current;
        locked.set(true);
        stage.titleProperty().unbind();
        stage.setTitle(text.appName());
        stage.setScene(lockScene);
        Platform.runLater(screen::focus);
        LOG.info("Locked the window");
    }

    /**
     * Closes every other window of the app: a dialog through its cancel (or close) button, so it ends the way
     * the secretary's "Hủy" would; anything still showing (a menu, a tooltip) is hidden.
     */
    private void closeOtherWindows() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window == stage || !window.isShowing()) {
                continue;
            }
            cancelButton(window).ifPresent(Button::fire);
            if (window.isShowing()) {
                window.hide();
            }
        }
    }

    private static Optional<Button> cancelButton(Window window) {
        Scene scene = window.getScene();
        if (scene == null || !(scene.getRoot() instanceof DialogPane pane)) {
            return Optional.empty();
        }
        return pane.getButtonTypes().stream().filter(type -> type.getButtonData().isCancelButton())
                .map(pane::lookupButton).filter(Button.class::isInstance).map(Button.class::cast).findFirst();
    }

    private void unlock() {
        if (!locked.get()) {
            return;
        }
        Node lockRoot = stage.getScene() == null ? null : stage.getScene().getRoot();
        stage.setScene(setAside);
        setAside = null;
        locked.set(false);
        showTitle();
        idle.inputSeen();
        if (lockRoot != null) {
            lockRoot.setVisible(false);
        }
        LOG.info("Unlocked the window");
    }
}
