package vn.sochibo.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.sochibo.ui.common.AppStyles;
import vn.sochibo.ui.common.AreaView;
import vn.sochibo.ui.common.UiText;

/** Stands in for an area that a later version will bring. */
public final class PlaceholderView implements AreaView {
    private final VBox root;

    public PlaceholderView(Area area, UiText text) {
        Label title = new Label(text.plain(area.labelKey()));
        title.getStyleClass().add(AppStyles.PAGE_TITLE);
        Label coming = new Label(text.text("placeholder.comingLater"));
        coming.getStyleClass().add("placeholder-coming");
        coming.setWrapText(true);
        Label planned = new Label(text.text(area.plannedKey()));
        planned.setWrapText(true);
        planned.getStyleClass().add(AppStyles.MUTED);
        root = new VBox(12, title, coming, planned);
        root.setId("placeholder-" + area.name().toLowerCase(java.util.Locale.ROOT));
        root.getStyleClass().add("placeholder");
        root.setAlignment(Pos.TOP_LEFT);
        root.setMaxWidth(720);
    }

    @Override
    public Node node() {
        return root;
    }
}
