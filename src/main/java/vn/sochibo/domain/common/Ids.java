package vn.sochibo.domain.common;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Record identifiers: time-ordered UUIDs (RFC 9562 version 7), so that records created in many cells can
 * later be merged into one committee database without clashes and still sort by creation time.
 */
public final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis;
    private static long sequence;

    private Ids() {
    }

    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    static synchronized UUID newId(long epochMillis) {
        // Keep ids from one process strictly increasing even within one millisecond.
        if (epochMillis <= lastMillis) {
            epochMillis = lastMillis;
            sequence++;
        } else {
            lastMillis = epochMillis;
            sequence = RANDOM.nextInt(1 << 11);
        }
        if (sequence >= (1 << 12)) {
            lastMillis++;
            epochMillis = lastMillis;
            sequence = 0;
        }
        long high = (epochMillis << 16) | 0x7000L | sequence;
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
