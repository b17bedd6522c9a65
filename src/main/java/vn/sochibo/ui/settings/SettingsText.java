package vn.sochibo.ui.settings;

import vn.sochibo.application.meeting.MeetingService.TamperFinding;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.ui.common.UiText;

/** The words of the settings screens for domain enums, from i18n/ui. */
final class SettingsText {
    private SettingsText() {
    }

    /** The kind of a meeting in words: "sinh hoạt thường kỳ", … */
    static String meetingKind(UiText text, MeetingKind kind) {
        return text.text(switch (kind) {
            case REGULAR -> "agendaTemplate.kind.regular";
            case THEMATIC -> "agendaTemplate.kind.thematic";
            case COMBINED -> "agendaTemplate.kind.combined";
            case EXTRAORDINARY -> "agendaTemplate.kind.extraordinary";
        });
    }

    /** What it means and what to do about it. */
    static String findingAdvice(UiText text, TamperFinding.Kind kind) {
        return text.text(switch (kind) {
            case CONTENT_CHANGED -> "verify.advice.contentChanged";
            case CHAIN_BROKEN -> "verify.advice.chainBroken";
            case CORRECTION_CHANGED -> "verify.advice.correctionChanged";
            case CORRECTION_CHAIN_BROKEN -> "verify.advice.correctionChainBroken";
        });
    }
}
