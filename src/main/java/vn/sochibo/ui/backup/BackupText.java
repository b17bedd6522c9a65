package vn.sochibo.ui.backup;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.sochibo.application.backup.BackupInfo;
import vn.sochibo.ui.common.UiText;

/** A backup in words: when (dd/MM/yyyy HH:mm), why, how large. */
public final class BackupText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private BackupText() {
    }

    public static String when(BackupInfo b) {
        return WHEN.format(b.createdAt().atZone(ZoneId.systemDefault()));
    }

    public static String reason(UiText text, String reason) {
        return switch (reason) {
            case "manual" -> text.text("backup.reason.manual");
            case "daily" -> text.text("backup.reason.daily");
            case "exit" -> text.text("backup.reason.exit");
            case "before-restore" -> text.text("backup.reason.beforeRestore");
            case "before-migration" -> text.text("backup.reason.beforeMigration");
            default -> reason;
        };
    }

    public static String size(UiText text, long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1024 * 1024) {
            return text.format("backup.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return text.format("backup.size.mb", bytes / (1024.0 * 1024.0));
    }

    /** "26/11/2026 10:00 (tự động hằng ngày): 25 đảng viên, 34 cuộc họp" */
    public static String summary(UiText text, BackupInfo b) {
        return text.format(b.encrypted() ? "backup.summary.encrypted" : "backup.summary", when(b),
                reason(text, b.reason()), b.members(), b.meetings());
    }

    /** After a restore: the folder is still protected, or the data of an encrypted backup came back plain; else "". */
    public static String protection(UiText text, vn.sochibo.application.backup.RestoreService.Restored restored) {
        if (restored.folderProtected()) {
            return "\n\n" + text.text("backup.restore.keptProtected");
        }
        return restored.backup().encrypted() ? "\n\n" + text.text("backup.restore.restoredPlain") : "";
    }
}
