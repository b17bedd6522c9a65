package vn.sochibo.application.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup file as its manifest describes it (after {@link BackupService#verify} also as checked).
 *
 * @param reason why it was made: {@code manual}, {@code daily}, {@code exit}, {@code before-restore},
 *        {@code before-migration}
 * @param sha256 of a plain backup, the SHA-256 of its script; of an encrypted one, the keyed fingerprint of its
 *        script (HMAC-SHA256 under the backup key), which tells an unchanged database without revealing anything
 * @param encrypted sealed under the key of a password-protected folder (ADR 0011)
 * @param keyId for an encrypted backup, the public name of the key it was sealed under; else empty
 */
public record BackupInfo(Path file, Instant createdAt, String appVersion, String reason, String schemaVersion,
        int members, int meetings, String sha256, long size, boolean encrypted, String keyId) {
}
