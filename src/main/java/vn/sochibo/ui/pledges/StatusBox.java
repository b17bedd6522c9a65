package vn.sochibo.ui.pledges;

import javafx.scene.control.ComboBox;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.ui.common.Controls;
import vn.sochibo.ui.common.UiText;

/** The choice of a follow-up's status: the three a follow-up records ("quá hạn" is derived, never chosen). */
public final class StatusBox {
    private StatusBox() {
    }

    public static ComboBox<FollowUpStatus> create(UiText text) {
        ComboBox<FollowUpStatus> box = new ComboBox<>();
        box.getItems().setAll(FollowUpStatus.values());
        Controls.showAs(box, status -> status == null ? null : PledgeText.status(text, status));
        box.setPromptText(text.text("followUpForm.status.prompt"));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
