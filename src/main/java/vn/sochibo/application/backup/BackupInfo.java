package vn.sochibo.application.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file as its manifest describes it (after {@link BackupService#verify} also as checked).
 *
 * @param reason why it was made: {@code manual}, {@code daily}, {@code exit}, {@code before-restore}
 */
public record BackupInfo(Path file, Instant createdAt, String appVersion, String reason, String schemaVersion,
        int members, int meetings, String sha256, long size) {
}
