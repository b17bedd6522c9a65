package vn.sochibo.application.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * One line of the audit trail: when, which operating-system user, what was done to which record, and a short
 * machine summary of what changed (field names and values, never translated words). {@code sequence} orders the
 * trail; {@code hash} is SHA-256 over the entry's content and the previous entry's hash, so a line changed or
 * removed behind the app's back breaks the chain ({@link AuditTrail#verify}).
 *
 * @param entityId the id of the record (a UUID as text, a setting's key), or null when the entry concerns no
 *                 single record
 */
public record AuditEntry(long sequence, UUID id, Instant at, String osUser, AuditAction action, AuditKind kind,
        String entityId, String summary, String previousHash, String hash) {

    /** The hash this entry should carry: SHA-256 of its content, one field per line, and the previous hash. */
    public String computeHash() {
        String canonical = String.join("\n", Long.toString(sequence), id.toString(), at.toString(), osUser,
                action.name(), kind.name(), entityId == null ? "" : entityId, summary,
                previousHash == null ? "" : previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
