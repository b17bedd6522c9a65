package vn.sochibo.ui.common;

import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.TaskRunner;

/**
 * What every screen is built with, handed down from the composition root (SoChiBoApp): the services of the
 * open data folder, the background runner, the texts, the dialogs and the text size.
 */
public record UiContext(AppServices services, TaskRunner tasks, UiText text, Dialogs dialogs, TextScale textScale) {
    public ErrorReporter errors() {
        return dialogs::showFailure;
    }
}
