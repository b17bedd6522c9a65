package vn.sochibo.application.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.sochibo.application.common.Transactions;
import vn.sochibo.domain.common.Ids;

/**
 * The audit trail (issue 4): every create, change, delete, finalize, correction, import, restore and backup is
 * recorded with the time (from the clock), the operating-system user and a short summary of what changed.
 * Services record inside their own unit of work, so a change that is refused or rolled back leaves no entry.
 * Entries are chained by SHA-256 and the store refuses to update or delete them (ADR 0007).
 */
public class AuditTrail {
    /** A draft meeting's change of one part is recorded at most once within this window (ADR 0007). */
    public static final Duration DRAFT_WINDOW = Duration.ofMinutes(10);
    static final String PARTS = "parts=";

    private final AuditLog log;
    private final Transactions transactions;
    private final Clock clock;
    private final String osUser;

    /**
     * @param osUser the operating-system user the entries are recorded for ({@code user.name}, given by the
     *               composition root)
     */
    public AuditTrail(AuditLog log, Transactions transactions, Clock clock, String osUser) {
        this.log = log;
        this.transactions = transactions;
        this.clock = clock;
        this.osUser = osUser == null || osUser.isBlank() ? "?" : osUser.strip();
    }

    /**
     * Records an entry, joining the caller's unit of work when there is one (so it is rolled back with it).
     *
     * @param entityId the record's id (a UUID, a setting's key, …) or null
     */
    public AuditEntry record(AuditAction action, AuditKind kind, Object entityId, String summary) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(kind, "kind");
        return transactions.inTransaction(() -> {
            Optional<AuditEntry> last = log.last();
            long sequence = last.map(e -> e.sequence() + 1).orElse(1L);
            String previous = last.map(AuditEntry::hash).orElse(null);
            // Milliseconds: what the store keeps exactly, so that the hash recomputes alike.
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            AuditEntry unsigned = new AuditEntry(sequence, Ids.newId(), at, osUser, action, kind,
                    entityId == null ? null : entityId.toString(), AuditSummary.bounded(oneLine(summary)),
                    previous, null);
            AuditEntry entry = new AuditEntry(unsigned.sequence(), unsigned.id(), unsigned.at(), unsigned.osUser(),
                    action, kind, unsigned.entityId(), unsigned.summary(), previous, unsigned.computeHash());
            log.append(entry);
            return entry;
        });
    }

    /** The summary on one line without tabs (the CLI prints one entry a line, tab-separated). */
    private static String oneLine(String summary) {
        return summary == null ? "" : summary.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    /**
     * For the restore of a backup: records that the data folder was restored, after the backup's data (and the
     * trail it carries) has been loaded, in the same unit of work when possible.
     *
     * @param summary what was restored, e.g. {@code file="sochibo-backup-….zip" members=25 meetings=40}
     */
    public AuditEntry recordRestore(String summary) {
        return record(AuditAction.RESTORE, AuditKind.DATA, null, summary);
    }

    /**
     * Records that parts of a record changed, unless every one of those parts was already recorded as changed
     * (same action, same record) within {@code window}: continuous saving of a draft then leaves one line per
     * part per window rather than one per keystroke pause. The summary reads {@code parts=a,b}.
     *
     * @return true when an entry was recorded
     */
    public boolean recordParts(AuditAction action, AuditKind kind, Object entityId, Collection<String> parts,
            Duration window) {
        if (parts.isEmpty()) {
            return false;
        }
        return transactions.inTransaction(() -> {
            Instant since = clock.instant().minus(window);
            Set<String> recorded = new HashSet<>();
            for (AuditEntry e : log.about(kind, entityId.toString(), since)) {
                if (e.action() == action && e.summary().startsWith(PARTS)) {
                    recorded.addAll(Arrays.asList(e.summary().substring(PARTS.length()).split(",")));
                }
            }
            if (recorded.containsAll(parts)) {
                return false;
            }
            record(action, kind, entityId, PARTS + String.join(",", parts));
            return true;
        });
    }

    /** A page of entries, newest first, and how many match in all. */
    public record Page(List<AuditEntry> entries, int total) {
    }

    /**
     * A filter on the trail: null parts mean "any"; the dates are days in the clock's time zone, both inclusive.
     */
    public record Filter(AuditAction action, AuditKind kind, LocalDate from, LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** The entries matching the filter, newest first, from {@code offset}, at most {@code limit}. */
    public Page list(Filter filter, int offset, int limit) {
        ZoneId zone = clock.getZone();
        AuditLog.Query query = new AuditLog.Query(filter.action(), filter.kind(),
                filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
                filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        return transactions.inTransaction(() -> new Page(log.newestFirst(query, Math.max(0, offset),
                Math.max(0, limit)), log.count(query)));
    }

    /** The time zone the trail's times are shown in (the clock's). */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** An entry whose content no longer matches its hash, or whose link to the entry before it is broken. */
    public record Finding(long sequence, Kind kind) {
        public enum Kind {
            /** The entry was changed after it was recorded. */
            CHANGED,
            /** An entry before it is missing, was inserted, or was changed so the chain no longer links. */
            CHAIN_BROKEN
        }
    }

    /**
     * Recomputes every entry's hash and walks the chain. An empty list means the trail is as it was recorded
     * (entries removed from its very end cannot be told apart from entries never written).
     */
    public List<Finding> verify() {
        return transactions.inTransaction(() -> {
            List<Finding> findings = new ArrayList<>();
            long[] expected = {1};
            String[] previous = {null};
            log.forEachInOrder(e -> {
                if (e.sequence() != expected[0] || !Objects.equals(e.previousHash(), previous[0])) {
                    findings.add(new Finding(e.sequence(), Finding.Kind.CHAIN_BROKEN));
                }
                if (!e.computeHash().equals(e.hash())) {
                    findings.add(new Finding(e.sequence(), Finding.Kind.CHANGED));
                }
                expected[0] = e.sequence() + 1;
                previous[0] = e.hash();
            });
            return findings;
        });
    }
}
