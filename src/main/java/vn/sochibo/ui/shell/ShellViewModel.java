package vn.sochibo.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import vn.sochibo.ui.common.UiText;

/** The main window's state: which area is shown, and the title with the cell's name. */
public final class ShellViewModel {
    private final UiText text;
    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.MEMBERS);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();

    public ShellViewModel(UiText text, String cellName) {
        this.text = text;
        setCellName(cellName);
    }

    public void setCellName(String cellName) {
        title.set(cellName == null || cellName.isBlank() ? text.appName()
                : text.format("window.title", text.appName(), cellName));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ObjectProperty<Area> areaProperty() {
        return area;
    }

    public void show(Area newArea) {
        area.set(newArea);
    }
}
