package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.search.SearchKind;
import vn.sochibo.application.search.SearchSource;
import vn.sochibo.domain.meeting.MeetingKind;

/**
 * The search's reads (issue 7, ADR 0014): every searchable column in a dozen bulk queries, and H2's own count of
 * data modifications as the version that tells the index it is stale. Nothing is written.
 */
public final class JdbcSearchSource implements SearchSource {
    private static final String[] SELF_REVIEW_COLUMNS = {"txt_strength_politics", "txt_strength_ethics",
        "txt_strength_discipline", "txt_strength_work_style", "txt_strength_duties", "txt_strength_leadership",
        "txt_strength_pledges", "txt_limitations", "txt_earlier_fixes", "txt_upper_issues", "txt_collective_share",
        "txt_remedies", "inclusion_reason"};

    private final JdbcTransactions tx;
    /** When the store is not an embedded H2 session: a version that changes at every call (always rebuild). */
    private final AtomicLong fallback = new AtomicLong();

    JdbcSearchSource(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long version() {
        OptionalLong version = versionOf(tx.connection());
        // Not an embedded H2 session: rebuild every time rather than miss a change.
        return version.isPresent() ? version.getAsLong() : fallback.incrementAndGet() | Long.MIN_VALUE;
    }

    /**
     * The same counters read without the unit-of-work lock: H2 keeps them in atomic longs and moves the data counter
     * when a unit of work commits (or rolls back), before {@code commit()} returns, so a number equal to the index's
     * means that nothing was committed since it was built (a unit of work still running may hold a change not yet
     * committed: the index answers with the data as last committed). The current connection is read again each time
     * (a password change replaces it and its database object, which is part of the number).
     */
    @Override
    public OptionalLong versionWithoutUnitOfWork() {
        return versionOf(tx.connectionForCounters());
    }

    private static OptionalLong versionOf(Connection c) {
        try {
            if (c != null && c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                var db = session.getDatabase();
                // The database object too: a password change reopens the file, and its counter starts again.
                return OptionalLong.of(db.getModificationDataId() * 31 + db.getModificationMetaId()
                        + ((long) System.identityHashCode(db) << 40));
            }
        } catch (SQLException | RuntimeException e) {
            // empty: the caller rebuilds rather than miss a change
        }
        return OptionalLong.empty();
    }

    @Override
    public Corpus readAll() {
        Connection c = tx.connection();
        try {
            return new Corpus(members(c), meetings(c), meetingParts(c), pledges(c), reviews(c));
        } catch (SQLException e) {
            throw new StoreException("search.error.read", e);
        }
    }

    private static List<MemberRow> members(Connection c) throws SQLException {
        List<MemberRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, full_name, position, hometown, card_number, phone, note FROM member");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new MemberRow(uuid(rs, 1), rs.getString(2), texts(rs, 3, 7)));
            }
        }
        return rows;
    }

    private static List<MeetingRow> meetings(Connection c) throws SQLException {
        Map<UUID, List<String>> extra = new HashMap<>();
        collect(c, "SELECT meeting_id, name, position FROM meeting_guest ORDER BY meeting_id, sort_order", extra);
        collect(c, "SELECT meeting_id, title, body FROM meeting_agenda_part ORDER BY meeting_id, sort_order", extra);
        collect(c, "SELECT meeting_id, note FROM meeting_task_follow_up WHERE note IS NOT NULL", extra);
        collect(c, "SELECT x.meeting_id, x.reason, i.recorded_text, i.corrected_text FROM meeting_correction x "
                + "JOIN meeting_correction_item i ON i.correction_id = x.id ORDER BY x.meeting_id, x.number, i.sort_order",
                extra);
        List<MeetingRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, kind, meeting_date, topic, place, dues_status, conclusion FROM meeting");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = uuid(rs, 1);
                List<String> texts = texts(rs, 5, 7);
                texts.addAll(extra.getOrDefault(id, List.of()));
                rows.add(new MeetingRow(id, MeetingKind.valueOf(rs.getString(2)), Jdbc.getDate(rs, "meeting_date"),
                        rs.getString(4), texts));
            }
        }
        return rows;
    }

    private static List<MeetingPartRow> meetingParts(Connection c) throws SQLException {
        List<MeetingPartRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.meeting_id, COALESCE(m.full_name, g.name), "
                + "c.body FROM meeting_contribution c LEFT JOIN member m ON m.id = c.speaker_member_id "
                + "LEFT JOIN meeting_guest g ON g.id = c.speaker_guest_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new MeetingPartRow(SearchKind.CONTRIBUTION, uuid(rs, 1), uuid(rs, 2), rs.getString(3),
                        rs.getString(4)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, meeting_id, question FROM meeting_vote");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new MeetingPartRow(SearchKind.VOTE, uuid(rs, 1), uuid(rs, 2), null, rs.getString(3)));
            }
        }
        Map<UUID, List<String>> assignees = new HashMap<>();
        collect(c, "SELECT a.task_id, m.full_name FROM meeting_task_assignee a JOIN member m ON m.id = a.member_id "
                + "ORDER BY a.task_id, a.sort_order", assignees);
        try (PreparedStatement ps = c.prepareStatement("SELECT id, meeting_id, description FROM meeting_task");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = uuid(rs, 1);
                List<String> who = assignees.get(id);
                rows.add(new MeetingPartRow(SearchKind.TASK, id, uuid(rs, 2), who == null ? null : String.join(", ", who),
                        rs.getString(3)));
            }
        }
        return rows;
    }

    private static List<PledgeRow> pledges(Connection c) throws SQLException {
        Map<UUID, List<String>> followUps = new HashMap<>();
        collect(c, "SELECT item_id, progress, evidence FROM pledge_follow_up ORDER BY item_id, follow_up_date",
                followUps);
        List<PledgeRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, p.id, p.member_id, m.full_name, p.pledge_year, "
                + "i.content, i.target FROM pledge_item i JOIN pledge p ON p.id = i.pledge_id "
                + "JOIN member m ON m.id = p.member_id ORDER BY p.pledge_year, m.full_name, i.sort_order");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID itemId = uuid(rs, 1);
                List<String> texts = texts(rs, 6, 7);
                texts.addAll(followUps.getOrDefault(itemId, List.of()));
                rows.add(new PledgeRow(itemId, uuid(rs, 2), uuid(rs, 3), rs.getString(4), rs.getInt(5), texts));
            }
        }
        return rows;
    }

    private static List<ReviewRow> reviews(Connection c) throws SQLException {
        record Period(String title, int year, java.time.LocalDate date) {
        }
        Map<UUID, Period> periods = new LinkedHashMap<>();
        List<ReviewRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, title, review_year, meeting_date, place, conclusion FROM review_period");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = uuid(rs, 1);
                Period p = new Period(rs.getString(2), rs.getInt(3), Jdbc.getDate(rs, "meeting_date"));
                periods.put(id, p);
                rows.add(new ReviewRow(id, id, p.title(), p.year(), p.date(), null, texts(rs, 5, 6)));
            }
        }
        String columns = String.join(", ", Arrays.stream(SELF_REVIEW_COLUMNS).map(n -> "r." + n).toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.period_id, m.full_name, " + columns
                + " FROM review_member r JOIN member m ON m.id = r.member_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Period p = periods.get(uuid(rs, 2));
                List<String> texts = texts(rs, 4, 3 + SELF_REVIEW_COLUMNS.length);
                if (p != null && !texts.isEmpty()) {
                    rows.add(new ReviewRow(uuid(rs, 1), uuid(rs, 2), p.title(), p.year(), p.date(), rs.getString(3),
                            texts));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.period_id, a.full_name, "
                + "COALESCE(s.full_name, c.speaker_name), c.text FROM review_comment c "
                + "LEFT JOIN member a ON a.id = c.about_member_id LEFT JOIN member s ON s.id = c.speaker_member_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Period p = periods.get(uuid(rs, 2));
                if (p != null) {
                    rows.add(new ReviewRow(uuid(rs, 1), uuid(rs, 2), p.title(), p.year(), p.date(), rs.getString(3),
                            texts(rs, 4, 5)));
                }
            }
        }
        return rows;
    }

    /** Rows of (owner id, text…) appended to each owner's list of texts. */
    private static void collect(Connection c, String sql, Map<UUID, List<String>> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                into.computeIfAbsent(uuid(rs, 1), k -> new ArrayList<>()).addAll(texts(rs, 2, columns));
            }
        }
    }

    /** The non-blank texts of columns {@code from..to} (1-based, inclusive). */
    private static List<String> texts(ResultSet rs, int from, int to) throws SQLException {
        List<String> texts = new ArrayList<>(to - from + 1);
        for (int i = from; i <= to; i++) {
            String s = rs.getString(i);
            if (s != null && !s.isBlank()) {
                texts.add(s);
            }
        }
        return texts;
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
