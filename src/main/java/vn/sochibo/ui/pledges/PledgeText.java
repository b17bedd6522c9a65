package vn.sochibo.ui.pledges;

import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.ItemState;
import vn.sochibo.domain.pledge.PledgeKind;
import vn.sochibo.domain.pledge.YearFigures;
import vn.sochibo.ui.common.UiText;

/** The words for the pledge domain's enums and figures, from i18n/ui (also used by the meeting editor). */
public final class PledgeText {
    private PledgeText() {
    }

    /** The kind of an item: "Tu dưỡng, rèn luyện", …; "Tất cả các loại" for null (the filter's first choice). */
    public static String kind(UiText text, PledgeKind kind) {
        if (kind == null) {
            return text.text("pledges.kind.all");
        }
        return text.text(switch (kind) {
            case TU_DUONG_REN_LUYEN -> "pledges.kind.selfCultivation";
            case LAM_THEO_BAC -> "pledges.kind.followUncleHo";
            case NEU_GUONG -> "pledges.kind.example";
            case CHUYEN_MON -> "pledges.kind.professional";
        });
    }

    /** What a follow-up recorded: "Đang thực hiện", "Hoàn thành", "Chưa đạt". */
    public static String status(UiText text, FollowUpStatus status) {
        if (status == null) {
            return "";
        }
        return text.text(switch (status) {
            case DANG_THUC_HIEN -> "pledges.status.inProgress";
            case HOAN_THANH -> "pledges.status.done";
            case CHUA_DAT -> "pledges.status.notMet";
        });
    }

    /** Where an item stands (derived: "Quá hạn" is never chosen, it follows from the date). */
    public static String state(UiText text, ItemState state) {
        return text.text(switch (state) {
            case NOT_CHECKED -> "pledges.state.notChecked";
            case IN_PROGRESS -> "pledges.state.inProgress";
            case NOT_MET -> "pledges.state.notMet";
            case DONE -> "pledges.state.done";
            case OVERDUE -> "pledges.state.overdue";
        });
    }

    /** "75%", or "–" while no item is due yet. */
    public static String rate(UiText text, YearFigures figures) {
        var percent = figures.completionRate().percent();
        return percent.isPresent() ? text.format("pledges.rate", percent.getAsInt()) : text.text("pledges.rate.none");
    }
}
