package vn.sochibo.ui.document;

import vn.sochibo.ui.common.UiContext;

/**
 * Opens print previews: each document gets a window of its own, drawn and printed through the services of the
 * data folder that is open at that moment.
 */
public final class DocumentPreviews {
    private final UiContext ctx;

    public DocumentPreviews(UiContext ctx) {
        this.ctx = ctx;
    }

    /** Shows the preview window at once and renders the document in it (off the FX thread). */
    public DocumentPreviewDialog show(PrintableDocument document) {
        DocumentPreviewViewModel vm = new DocumentPreviewViewModel(ctx.services().pagePreview(),
                ctx.services().documentPrinter(), ctx.tasks(), ctx.text());
        DocumentPreviewDialog dialog = new DocumentPreviewDialog(vm, ctx.text(), ctx.dialogs());
        dialog.show();
        vm.load(document);
        return dialog;
    }
}
