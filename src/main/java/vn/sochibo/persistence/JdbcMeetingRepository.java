package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.meeting.MeetingRepository;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.Meeting.AgendaPart;
import vn.sochibo.domain.meeting.Meeting.Contribution;
import vn.sochibo.domain.meeting.Meeting.Finalization;
import vn.sochibo.domain.meeting.Meeting.Guest;
import vn.sochibo.domain.meeting.Meeting.RollCallEntry;
import vn.sochibo.domain.meeting.Meeting.TaskAssignment;
import vn.sochibo.domain.meeting.Meeting.TaskFollowUp;
import vn.sochibo.domain.meeting.Meeting.TaskResult;
import vn.sochibo.domain.meeting.Meeting.Vote;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.domain.meeting.VoteSubject;
import vn.sochibo.domain.meeting.VoteTally;

/** Meetings in H2: one row per meeting plus child tables, written whole; finalized ones are guarded. */
public final class JdbcMeetingRepository implements MeetingRepository {
    private static final String CHILD_TABLES_IN_DELETE_ORDER = "meeting_self_score,meeting_task_follow_up,"
            + "meeting_contribution,meeting_vote,meeting_roll_call,meeting_agenda_part,meeting_guest";

    private final JdbcTransactions tx;

    JdbcMeetingRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Meeting> findAll() {
        return guarded(() -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT id FROM meeting ORDER BY meeting_date, start_time, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(Jdbc.getUuid(rs, "id"));
                }
            }
            List<Meeting> meetings = new ArrayList<>();
            for (UUID id : ids) {
                load(id).ifPresent(meetings::add);
            }
            return meetings;
        });
    }

    @Override
    public Optional<Meeting> findById(UUID id) {
        return guarded(() -> load(id));
    }

    @Override
    public void save(Meeting m) {
        guarded(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO meeting (id, kind, topic, meeting_date, "
                    + "start_time, end_time, place, chair_id, minute_taker_id, conclusion, dues_status) KEY (id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, m.id());
                ps.setString(2, m.kind().name());
                ps.setString(3, m.topic());
                Jdbc.setDate(ps, 4, m.date());
                setTime(ps, 5, m.startTime());
                setTime(ps, 6, m.endTime());
                ps.setString(7, m.place());
                ps.setObject(8, m.chairId());
                ps.setObject(9, m.minuteTakerId());
                ps.setString(10, m.conclusion());
                ps.setString(11, m.duesStatus());
                ps.executeUpdate();
            }
            deleteChildren(c, m.id());
            insertChildren(c, m);
            return null;
        });
    }

    @Override
    public void delete(UUID id) {
        guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM meeting WHERE id = ?")) {
                ps.setObject(1, id);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void finalize(UUID id, Finalization f) {
        guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE meeting SET finalized = TRUE, "
                    + "minutes_number = ?, resolution_number = ?, finalized_at = ?, content_hash = ?, previous_hash = ? "
                    + "WHERE id = ? AND finalized = FALSE")) {
                ps.setInt(1, f.minutesNumber());
                ps.setInt(2, f.resolutionNumber());
                ps.setObject(3, f.finalizedAt().atOffset(ZoneOffset.UTC));
                ps.setString(4, f.contentHash());
                ps.setString(5, f.previousHash());
                ps.setObject(6, id);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("meeting.error.finalized", null);
                }
            }
            return null;
        });
    }

    @Override
    public List<vn.sochibo.domain.meeting.MeetingSummary> summaries() {
        return guarded(() -> {
            List<vn.sochibo.domain.meeting.MeetingSummary> list = new ArrayList<>();
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id, kind, topic, meeting_date, "
                    + "start_time, finalized, minutes_number, resolution_number, finalized_at, content_hash, "
                    + "previous_hash FROM meeting ORDER BY meeting_date, start_time, id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new vn.sochibo.domain.meeting.MeetingSummary(Jdbc.getUuid(rs, "id"),
                            MeetingKind.valueOf(rs.getString("kind")), rs.getString("topic"),
                            Jdbc.getDate(rs, "meeting_date"), rs.getObject("start_time", LocalTime.class),
                            finalization(rs)));
                }
            }
            return list;
        });
    }

    @Override
    public List<TaskAssignment> openTasks() {
        return guarded(() -> {
            Connection c = tx.connection();
            UUID last = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT m.id FROM meeting m WHERE m.finalized AND EXISTS "
                    + "(SELECT 1 FROM meeting_task t WHERE t.meeting_id = m.id) ORDER BY m.meeting_date DESC, "
                    + "m.start_time DESC LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    last = Jdbc.getUuid(rs, "id");
                }
            }
            if (last == null) {
                return List.<TaskAssignment>of();
            }
            java.util.Set<UUID> followed = new java.util.HashSet<>();
            try (ResultSet rs = query(c, "SELECT f.task_id FROM meeting_task_follow_up f JOIN meeting_task t "
                    + "ON t.id = f.task_id WHERE t.meeting_id = ?", last)) {
                while (rs.next()) {
                    followed.add(Jdbc.getUuid(rs, "task_id"));
                }
            }
            return tasks(c, last).stream().filter(t -> !followed.contains(t.id())).toList();
        });
    }

    @Override
    public List<TaskAssignment> tasksOfPreviousRegular(java.time.LocalDate day, UUID except) {
        return guarded(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM meeting WHERE kind IN ('REGULAR', 'COMBINED') "
                    + "AND meeting_date < ? AND id <> ? ORDER BY meeting_date DESC, start_time DESC LIMIT 1")) {
                Jdbc.setDate(ps, 1, day);
                ps.setObject(2, except);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? tasks(c, Jdbc.getUuid(rs, "id")) : List.<TaskAssignment>of();
                }
            }
        });
    }

    @Override
    public boolean hasTopicMeetingBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT 1 FROM meeting WHERE kind IN "
                    + "('THEMATIC', 'COMBINED') AND meeting_date BETWEEN ? AND ? LIMIT 1")) {
                Jdbc.setDate(ps, 1, from);
                Jdbc.setDate(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public Map<UUID, TaskAssignment> tasks(java.util.Collection<UUID> ids) {
        return guarded(() -> {
            Map<UUID, TaskAssignment> found = new LinkedHashMap<>();
            if (ids.isEmpty()) {
                return found;
            }
            Connection c = tx.connection();
            java.util.Set<UUID> meetingIds = new java.util.LinkedHashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT meeting_id FROM meeting_task "
                    + "WHERE ARRAY_CONTAINS(?, id)")) {
                ps.setArray(1, c.createArrayOf("UUID", ids.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        meetingIds.add(Jdbc.getUuid(rs, "meeting_id"));
                    }
                }
            }
            for (UUID meetingId : meetingIds) {
                for (TaskAssignment t : tasks(c, meetingId)) {
                    if (ids.contains(t.id())) {
                        found.put(t.id(), t);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Meeting> lastFinalized() {
        return guarded(() -> {
            List<UUID> latest = new ArrayList<>();
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM meeting WHERE finalized "
                    + "AND finalized_at = (SELECT MAX(finalized_at) FROM meeting WHERE finalized)");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    latest.add(Jdbc.getUuid(rs, "id"));
                }
            }
            // Ties on the time are ordered by id as Java orders UUIDs, like Meeting.finalizedInChainOrder.
            Optional<UUID> last = latest.stream().max(java.util.Comparator.naturalOrder());
            return last.isEmpty() ? Optional.<Meeting>empty() : load(last.get());
        });
    }

    @Override
    public Numbers maxNumbers(java.time.LocalDate from, java.time.LocalDate to) {
        return guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COALESCE(MAX(minutes_number), 0), "
                    + "COALESCE(MAX(resolution_number), 0) FROM meeting WHERE finalized AND meeting_date BETWEEN ? AND ?")) {
                Jdbc.setDate(ps, 1, from);
                Jdbc.setDate(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Numbers(rs.getInt(1), rs.getInt(2));
                }
            }
        });
    }

    @Override
    public List<Correction> corrections(UUID meetingId) {
        return guarded(() -> loadCorrections("WHERE c.meeting_id = ? ORDER BY c.document, c.number", meetingId));
    }

    @Override
    public List<Correction> allCorrections() {
        return guarded(() -> loadCorrections("JOIN meeting m ON m.id = c.meeting_id "
                + "ORDER BY m.meeting_date, m.start_time, m.id, c.document, c.number", null));
    }

    @Override
    public void addCorrection(Correction k) {
        guarded(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_correction (id, meeting_id, document, "
                    + "number, correction_date, reason, item_count, created_at, content_hash, previous_hash) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, k.id());
                ps.setObject(2, k.meetingId());
                ps.setString(3, k.document().name());
                ps.setInt(4, k.number());
                Jdbc.setDate(ps, 5, k.date());
                ps.setString(6, k.reason());
                ps.setInt(7, k.items().size());
                ps.setObject(8, k.createdAt().atOffset(ZoneOffset.UTC));
                ps.setString(9, k.contentHash());
                ps.setString(10, k.previousHash());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_correction_item (correction_id, "
                    + "sort_order, location, recorded_text, corrected_text) VALUES (?, ?, ?, ?, ?)")) {
                int order = 0;
                for (Correction.Item item : k.items()) {
                    ps.setObject(1, k.id());
                    ps.setInt(2, order++);
                    ps.setString(3, item.location());
                    ps.setString(4, item.recorded());
                    ps.setString(5, item.corrected());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private List<Correction> loadCorrections(String whereAndOrder, UUID meetingId) throws SQLException {
        Connection c = tx.connection();
        Map<UUID, List<Correction.Item>> items = new HashMap<>();
        String itemSql = "SELECT i.correction_id, i.location, i.recorded_text, i.corrected_text "
                + "FROM meeting_correction_item i JOIN meeting_correction c ON c.id = i.correction_id "
                + (meetingId == null ? "" : "WHERE c.meeting_id = ? ") + "ORDER BY i.correction_id, i.sort_order";
        try (PreparedStatement ps = c.prepareStatement(itemSql)) {
            if (meetingId != null) {
                ps.setObject(1, meetingId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.computeIfAbsent(Jdbc.getUuid(rs, "correction_id"), k -> new ArrayList<>())
                            .add(new Correction.Item(rs.getString("location"), rs.getString("recorded_text"),
                                    rs.getString("corrected_text")));
                }
            }
        }
        List<Correction> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.* FROM meeting_correction c " + whereAndOrder)) {
            if (meetingId != null) {
                ps.setObject(1, meetingId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = Jdbc.getUuid(rs, "id");
                    list.add(new Correction(id, Jdbc.getUuid(rs, "meeting_id"),
                            Correction.CorrectedDocument.valueOf(rs.getString("document")), rs.getInt("number"),
                            Jdbc.getDate(rs, "correction_date"), rs.getString("reason"),
                            items.getOrDefault(id, List.of()),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rs.getString("content_hash"), rs.getString("previous_hash")));
                }
            }
        }
        return list;
    }

    private void deleteChildren(Connection c, UUID meetingId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_task_assignee WHERE task_id IN "
                + "(SELECT id FROM meeting_task WHERE meeting_id = ?)")) {
            ps.setObject(1, meetingId);
            ps.executeUpdate();
        }
        for (String table : CHILD_TABLES_IN_DELETE_ORDER.split(",")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE meeting_id = ?")) {
                ps.setObject(1, meetingId);
                ps.executeUpdate();
            }
        }
        // Tasks reviewed at a later meeting must stay; the foreign key refuses their deletion, so only the
        // tasks nobody follows up yet are removed and the others are updated in place.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM meeting_task WHERE meeting_id = ? AND id NOT IN "
                + "(SELECT task_id FROM meeting_task_follow_up)")) {
            ps.setObject(1, meetingId);
            ps.executeUpdate();
        }
    }

    private void insertChildren(Connection c, Meeting m) throws SQLException {
        int order = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meeting_guest (id, meeting_id, sort_order, name, position) VALUES (?, ?, ?, ?, ?)")) {
            for (Guest g : m.guests()) {
                ps.setObject(1, g.id());
                ps.setObject(2, m.id());
                ps.setInt(3, order++);
                ps.setString(4, g.name());
                ps.setString(5, g.position());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meeting_roll_call (meeting_id, member_id, attendance, reason) VALUES (?, ?, ?, ?)")) {
            for (RollCallEntry r : m.rollCall()) {
                ps.setObject(1, m.id());
                ps.setObject(2, r.memberId());
                ps.setString(3, r.attendance().name());
                ps.setString(4, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        order = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meeting_agenda_part (id, meeting_id, sort_order, title, body) VALUES (?, ?, ?, ?, ?)")) {
            for (AgendaPart p : m.agenda()) {
                ps.setObject(1, p.id());
                ps.setObject(2, m.id());
                ps.setInt(3, order++);
                ps.setString(4, p.title());
                ps.setString(5, p.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        order = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_contribution (id, meeting_id, sort_order, "
                + "part_id, speaker_member_id, speaker_guest_id, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Contribution x : m.contributions()) {
                ps.setObject(1, x.id());
                ps.setObject(2, m.id());
                ps.setInt(3, order++);
                ps.setObject(4, x.partId());
                ps.setObject(5, x.speakerMemberId());
                ps.setObject(6, x.speakerGuestId());
                ps.setString(7, x.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        order = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO meeting_vote (id, meeting_id, sort_order, question, "
                + "subject, secret_ballot, in_favour, against, other) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Vote v : m.votes()) {
                ps.setObject(1, v.id());
                ps.setObject(2, m.id());
                ps.setInt(3, order++);
                ps.setString(4, v.question());
                ps.setString(5, v.subject().name());
                ps.setBoolean(6, v.secretBallot());
                ps.setInt(7, v.tally().inFavour());
                ps.setInt(8, v.tally().against());
                ps.setInt(9, v.tally().other());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        order = 0;
        for (TaskAssignment t : m.tasks()) {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO meeting_task (id, meeting_id, sort_order, "
                    + "description, deadline) KEY (id) VALUES (?, ?, ?, ?, ?)")) {
                ps.setObject(1, t.id());
                ps.setObject(2, m.id());
                ps.setInt(3, order++);
                ps.setString(4, t.description());
                Jdbc.setDate(ps, 5, t.deadline());
                ps.executeUpdate();
            }
            int assigneeOrder = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO meeting_task_assignee (task_id, member_id, sort_order) VALUES (?, ?, ?)")) {
                for (UUID member : t.assigneeIds()) {
                    ps.setObject(1, t.id());
                    ps.setObject(2, member);
                    ps.setInt(3, assigneeOrder++);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meeting_task_follow_up (meeting_id, task_id, result, note) VALUES (?, ?, ?, ?)")) {
            for (TaskFollowUp f : m.followUps()) {
                ps.setObject(1, m.id());
                ps.setObject(2, f.taskId());
                ps.setString(3, f.result().name());
                ps.setString(4, f.note());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO meeting_self_score (meeting_id, criterion, points) VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Integer> e : m.selfScores().entrySet()) {
                ps.setObject(1, m.id());
                ps.setString(2, e.getKey());
                ps.setInt(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private Optional<Meeting> load(UUID id) throws SQLException {
        Connection c = tx.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM meeting WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Finalization finalization = finalization(rs);
                return Optional.of(new Meeting(id, MeetingKind.valueOf(rs.getString("kind")), rs.getString("topic"),
                        Jdbc.getDate(rs, "meeting_date"), rs.getObject("start_time", LocalTime.class),
                        rs.getObject("end_time", LocalTime.class), rs.getString("place"),
                        Jdbc.getUuid(rs, "chair_id"), Jdbc.getUuid(rs, "minute_taker_id"), guests(c, id),
                        rollCall(c, id), agenda(c, id), contributions(c, id), votes(c, id), tasks(c, id),
                        followUps(c, id), rs.getString("conclusion"), selfScores(c, id), rs.getString("dues_status"),
                        finalization));
            }
        }
    }

    private static Finalization finalization(ResultSet rs) throws SQLException {
        return rs.getBoolean("finalized")
                ? new Finalization(rs.getInt("minutes_number"), rs.getInt("resolution_number"),
                        rs.getObject("finalized_at", OffsetDateTime.class).toInstant(),
                        rs.getString("content_hash"), rs.getString("previous_hash"))
                : null;
    }

    private static List<Guest> guests(Connection c, UUID id) throws SQLException {
        List<Guest> list = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id, name, position FROM meeting_guest WHERE meeting_id = ? ORDER BY sort_order", id)) {
            while (rs.next()) {
                list.add(new Guest(Jdbc.getUuid(rs, "id"), rs.getString("name"), rs.getString("position")));
            }
        }
        return list;
    }

    private static List<RollCallEntry> rollCall(Connection c, UUID id) throws SQLException {
        List<RollCallEntry> list = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT member_id, attendance, reason FROM meeting_roll_call WHERE meeting_id = ? "
                + "ORDER BY CAST(member_id AS VARCHAR)", id)) {
            while (rs.next()) {
                list.add(new RollCallEntry(Jdbc.getUuid(rs, "member_id"), Attendance.valueOf(rs.getString("attendance")),
                        rs.getString("reason")));
            }
        }
        return list;
    }

    private static List<AgendaPart> agenda(Connection c, UUID id) throws SQLException {
        List<AgendaPart> list = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id, title, body FROM meeting_agenda_part WHERE meeting_id = ? ORDER BY sort_order", id)) {
            while (rs.next()) {
                list.add(new AgendaPart(Jdbc.getUuid(rs, "id"), rs.getString("title"), rs.getString("body")));
            }
        }
        return list;
    }

    private static List<Contribution> contributions(Connection c, UUID id) throws SQLException {
        List<Contribution> list = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT id, part_id, speaker_member_id, speaker_guest_id, body FROM meeting_contribution "
                + "WHERE meeting_id = ? ORDER BY sort_order", id)) {
            while (rs.next()) {
                list.add(new Contribution(Jdbc.getUuid(rs, "id"), Jdbc.getUuid(rs, "part_id"),
                        Jdbc.getUuid(rs, "speaker_member_id"), Jdbc.getUuid(rs, "speaker_guest_id"), rs.getString("body")));
            }
        }
        return list;
    }

    private static List<Vote> votes(Connection c, UUID id) throws SQLException {
        List<Vote> list = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT * FROM meeting_vote WHERE meeting_id = ? ORDER BY sort_order", id)) {
            while (rs.next()) {
                list.add(new Vote(Jdbc.getUuid(rs, "id"), rs.getString("question"),
                        VoteSubject.valueOf(rs.getString("subject")), rs.getBoolean("secret_ballot"),
                        new VoteTally(rs.getInt("in_favour"), rs.getInt("against"), rs.getInt("other"))));
            }
        }
        return list;
    }

    private static List<TaskAssignment> tasks(Connection c, UUID id) throws SQLException {
        Map<UUID, List<UUID>> assignees = new HashMap<>();
        try (ResultSet rs = query(c, "SELECT a.task_id, a.member_id FROM meeting_task_assignee a JOIN meeting_task t "
                + "ON t.id = a.task_id WHERE t.meeting_id = ? ORDER BY a.sort_order", id)) {
            while (rs.next()) {
                assignees.computeIfAbsent(Jdbc.getUuid(rs, "task_id"), k -> new ArrayList<>())
                        .add(Jdbc.getUuid(rs, "member_id"));
            }
        }
        Map<UUID, TaskAssignment> list = new LinkedHashMap<>();
        try (ResultSet rs = query(c, "SELECT id, description, deadline FROM meeting_task WHERE meeting_id = ? "
                + "ORDER BY sort_order", id)) {
            while (rs.next()) {
                UUID taskId = Jdbc.getUuid(rs, "id");
                list.put(taskId, new TaskAssignment(taskId, rs.getString("description"),
                        assignees.getOrDefault(taskId, List.of()), Jdbc.getDate(rs, "deadline")));
            }
        }
        return new ArrayList<>(list.values());
    }

    private static List<TaskFollowUp> followUps(Connection c, UUID id) throws SQLException {
        List<TaskFollowUp> list = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT f.task_id, f.result, f.note FROM meeting_task_follow_up f JOIN meeting_task t "
                + "ON t.id = f.task_id WHERE f.meeting_id = ? ORDER BY t.sort_order, f.task_id", id)) {
            while (rs.next()) {
                list.add(new TaskFollowUp(Jdbc.getUuid(rs, "task_id"), TaskResult.valueOf(rs.getString("result")),
                        rs.getString("note")));
            }
        }
        return list;
    }

    private static Map<String, Integer> selfScores(Connection c, UUID id) throws SQLException {
        Map<String, Integer> scores = new LinkedHashMap<>();
        try (ResultSet rs = query(c, "SELECT criterion, points FROM meeting_self_score WHERE meeting_id = ?", id)) {
            while (rs.next()) {
                scores.put(rs.getString("criterion"), rs.getInt("points"));
            }
        }
        return scores;
    }

    private static ResultSet query(Connection c, String sql, UUID id) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.closeOnCompletion();
        ps.setObject(1, id);
        return ps.executeQuery();
    }

    private static void setTime(PreparedStatement ps, int index, LocalTime time) throws SQLException {
        ps.setObject(index, time == null ? null : Time.valueOf(time), java.sql.Types.TIME);
    }

    /** Runs repository work, turning the store's refusal of a finalized meeting into a clear message. */
    private static <T> T guarded(Jdbc.SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            if (isFinalizedRefusal(e)) {
                throw new StoreException("meeting.error.finalized", e);
            }
            throw new StoreException("store.error.write", e);
        }
    }

    static boolean isFinalizedRefusal(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && FinalizedMeetingGuard.SQL_STATE.equals(s.getSQLState())) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("Finalized meeting records cannot be changed")) {
                return true;
            }
        }
        return false;
    }
}
