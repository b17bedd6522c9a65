package vn.sochibo.application.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical text of a finalized record, the input of its chained hash (meetings, addenda, reviews): one
 * {@code name: value|value…} line per fact, with backslash, bar, line breaks and null escaped, so that no two
 * different records give the same text. The format is frozen: every stored hash was computed from it.
 */
public final class CanonicalLines {
    private final StringBuilder text = new StringBuilder();

    public void line(String name, Object... values) {
        text.append(name).append(':');
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? " " : "|").append(escape(values[i]));
        }
        text.append('\n');
    }

    private static String escape(Object value) {
        if (value == null) {
            return "\\0";
        }
        return value.toString().replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** SHA-256 (hex) of the previous record's hash (none: empty), a line break, then this record's canonical text. */
    public static String chainedSha256(String previousHash, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((previousHash == null ? "" : previousHash).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
