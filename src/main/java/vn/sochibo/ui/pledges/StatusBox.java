package vn.sochibo.ui.pledges;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.ui.common.UiText;

/** The choice of a follow-up's status: the three a follow-up records ("quá hạn" is derived, never chosen). */
public final class StatusBox {
    private StatusBox() {
    }

    public static ComboBox<FollowUpStatus> create(UiText text) {
        ComboBox<FollowUpStatus> box = new ComboBox<>();
        box.getItems().setAll(FollowUpStatus.values());
        box.setCellFactory(l -> new StatusCell(text));
        box.setButtonCell(new StatusCell(text));
        box.setPromptText(text.text("followUpForm.status.prompt"));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static final class StatusCell extends ListCell<FollowUpStatus> {
        private final UiText text;

        StatusCell(UiText text) {
            this.text = text;
        }

        @Override
        protected void updateItem(FollowUpStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty || status == null ? null : PledgeText.status(text, status));
        }
    }
}
