package vn.sochibo.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.review.ReviewRepository;
import vn.sochibo.domain.meeting.Attendance;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.review.FinalLevel;
import vn.sochibo.domain.review.ReviewAddendum;
import vn.sochibo.domain.review.LevelVote;
import vn.sochibo.domain.review.MemberReview;
import vn.sochibo.domain.review.PeriodKind;
import vn.sochibo.domain.review.ReviewLevel;
import vn.sochibo.domain.review.ReviewPeriod;
import vn.sochibo.domain.review.SelfReview;

/** Annual reviews in H2 (V7): periods with their meeting, the members' parts with their scores, final levels. */
public final class JdbcReviewRepository implements ReviewRepository {
    private static final String PERIOD_COLUMNS = "id, kind, review_year, start_date, end_date, title, meeting_date, "
            + "start_time, end_time, place, chair_id, minute_taker_id, conclusion, finalized, number, finalized_at, "
            + "content_hash, previous_hash";
    private static final String FINAL_COLUMNS = "id, period_id, member_id, level, decision_number, decision_date, "
            + "recorded_at, content_hash, previous_hash";

    private final JdbcTransactions tx;

    JdbcReviewRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    private static String column(SelfReview.Section s) {
        return "txt_" + s.name().toLowerCase(Locale.ROOT);
    }

    // ---- periods ----

    @Override
    public Optional<ReviewPeriod> findPeriod(UUID id) {
        return guarded(() -> first(periods("WHERE id = ?", id)));
    }

    @Override
    public List<ReviewPeriod> periods() {
        return guarded(() -> periods(""));
    }

    @Override
    public List<PeriodSummary> summaries() {
        return guarded(() -> {
            List<PeriodSummary> list = new ArrayList<>();
            try (ResultSet rs = query("SELECT id, kind, review_year, start_date, end_date, title, meeting_date, "
                    + "finalized, number FROM review_period ORDER BY end_date, id")) {
                while (rs.next()) {
                    list.add(new PeriodSummary(Jdbc.getUuid(rs, "id"), PeriodKind.valueOf(rs.getString("kind")),
                            rs.getInt("review_year"), Jdbc.getDate(rs, "start_date"), Jdbc.getDate(rs, "end_date"),
                            rs.getString("title"), Jdbc.getDate(rs, "meeting_date"), rs.getBoolean("finalized"),
                            rs.getObject("number", Integer.class)));
                }
            }
            return list;
        });
    }

    @Override
    public void savePeriod(ReviewPeriod p) {
        guarded(() -> {
            Connection c = tx.connection();
            ReviewPeriod.ReviewMeeting m = p.meeting();
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO review_period (id, kind, review_year, "
                    + "start_date, end_date, title, meeting_date, start_time, end_time, place, chair_id, "
                    + "minute_taker_id, conclusion, finalized) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "FALSE)")) {
                ps.setObject(1, p.id());
                ps.setString(2, p.kind().name());
                ps.setInt(3, p.year());
                Jdbc.setDate(ps, 4, p.startDate());
                Jdbc.setDate(ps, 5, p.endDate());
                ps.setString(6, p.title());
                Jdbc.setDate(ps, 7, m.date());
                setTime(ps, 8, m.startTime());
                setTime(ps, 9, m.endTime());
                ps.setString(10, m.place());
                ps.setObject(11, m.chairId());
                ps.setObject(12, m.minuteTakerId());
                ps.setString(13, m.conclusion());
                ps.executeUpdate();
            }
            execute("DELETE FROM review_roll_call WHERE period_id = ?", p.id());
            execute("DELETE FROM review_comment WHERE period_id = ?", p.id());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_roll_call (period_id, member_id, "
                    + "attendance, reason) VALUES (?, ?, ?, ?)")) {
                for (Meeting.RollCallEntry r : m.rollCall()) {
                    ps.setObject(1, p.id());
                    ps.setObject(2, r.memberId());
                    ps.setString(3, r.attendance().name());
                    ps.setString(4, r.reason());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_comment (id, period_id, sort_order, "
                    + "about_member_id, speaker_member_id, speaker_name, text) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < m.comments().size(); i++) {
                    ReviewPeriod.Comment x = m.comments().get(i);
                    ps.setObject(1, x.id());
                    ps.setObject(2, p.id());
                    ps.setInt(3, i);
                    ps.setObject(4, x.aboutMemberId());
                    ps.setObject(5, x.speakerMemberId());
                    ps.setString(6, x.speakerName());
                    ps.setString(7, x.text());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void deletePeriod(UUID id) {
        guarded(() -> {
            execute("DELETE FROM review_score WHERE review_member_id IN (SELECT id FROM review_member "
                    + "WHERE period_id = ?)", id);
            execute("DELETE FROM review_member WHERE period_id = ?", id);
            execute("DELETE FROM review_roll_call WHERE period_id = ?", id);
            execute("DELETE FROM review_comment WHERE period_id = ?", id);
            execute("DELETE FROM review_period WHERE id = ?", id);
            return null;
        });
    }

    @Override
    public void finalize(UUID periodId, ReviewPeriod.Finalization f) {
        guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE review_period SET finalized = TRUE, "
                    + "number = ?, finalized_at = ?, content_hash = ?, previous_hash = ? WHERE id = ? "
                    + "AND finalized = FALSE")) {
                ps.setInt(1, f.number());
                ps.setObject(2, f.finalizedAt().atOffset(ZoneOffset.UTC));
                ps.setString(3, f.contentHash());
                ps.setString(4, f.previousHash());
                ps.setObject(5, periodId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("review.error.finalized", null);
                }
            }
            return null;
        });
    }

    @Override
    public int maxNumber(LocalDate from, LocalDate to) {
        return guarded(() -> {
            try (ResultSet rs = query("SELECT MAX(number) FROM review_period WHERE finalized AND end_date >= ? "
                    + "AND end_date <= ?", from, to)) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public Optional<ReviewPeriod> lastFinalized() {
        return guarded(() -> first(periods("WHERE finalized ORDER BY finalized_at DESC, id DESC LIMIT 1")));
    }

    private List<ReviewPeriod> periods(String where, Object... args) throws SQLException {
        String order = where.contains("ORDER BY") ? "" : " ORDER BY end_date, id";
        List<ReviewPeriod> headers = new ArrayList<>();
        try (ResultSet rs = query("SELECT " + PERIOD_COLUMNS + " FROM review_period " + where + order, args)) {
            while (rs.next()) {
                ReviewPeriod.Finalization f = rs.getBoolean("finalized") ? new ReviewPeriod.Finalization(
                        rs.getInt("number"), rs.getObject("finalized_at", OffsetDateTime.class).toInstant(),
                        rs.getString("content_hash"), rs.getString("previous_hash")) : null;
                headers.add(new ReviewPeriod(Jdbc.getUuid(rs, "id"), PeriodKind.valueOf(rs.getString("kind")),
                        rs.getInt("review_year"), Jdbc.getDate(rs, "start_date"), Jdbc.getDate(rs, "end_date"),
                        rs.getString("title"), new ReviewPeriod.ReviewMeeting(Jdbc.getDate(rs, "meeting_date"),
                                rs.getObject("start_time", LocalTime.class), rs.getObject("end_time", LocalTime.class),
                                rs.getString("place"), Jdbc.getUuid(rs, "chair_id"),
                                Jdbc.getUuid(rs, "minute_taker_id"), List.of(), List.of(),
                                rs.getString("conclusion")), f));
            }
        }
        List<ReviewPeriod> full = new ArrayList<>();
        for (ReviewPeriod p : headers) {
            List<Meeting.RollCallEntry> rollCall = new ArrayList<>();
            try (ResultSet rs = query("SELECT member_id, attendance, reason FROM review_roll_call WHERE period_id = ?",
                    p.id())) {
                while (rs.next()) {
                    rollCall.add(new Meeting.RollCallEntry(Jdbc.getUuid(rs, "member_id"),
                            Attendance.valueOf(rs.getString("attendance")), rs.getString("reason")));
                }
            }
            List<ReviewPeriod.Comment> comments = new ArrayList<>();
            try (ResultSet rs = query("SELECT id, about_member_id, speaker_member_id, speaker_name, text "
                    + "FROM review_comment WHERE period_id = ? ORDER BY sort_order", p.id())) {
                while (rs.next()) {
                    comments.add(new ReviewPeriod.Comment(Jdbc.getUuid(rs, "id"), Jdbc.getUuid(rs, "about_member_id"),
                            Jdbc.getUuid(rs, "speaker_member_id"), rs.getString("speaker_name"), rs.getString("text")));
                }
            }
            ReviewPeriod.ReviewMeeting m = p.meeting();
            full.add(p.withMeeting(new ReviewPeriod.ReviewMeeting(m.date(), m.startTime(), m.endTime(), m.place(),
                    m.chairId(), m.minuteTakerId(), rollCall, comments, m.conclusion())));
        }
        return full;
    }

    // ---- members' parts ----

    @Override
    public List<MemberReview> memberReviews(UUID periodId) {
        return guarded(() -> memberReviews("WHERE r.period_id = ?", periodId));
    }

    @Override
    public Optional<MemberReview> findMemberReview(UUID periodId, UUID memberId) {
        return guarded(() -> first(memberReviews("WHERE r.period_id = ? AND r.member_id = ?", periodId, memberId)));
    }

    @Override
    public List<MemberReview> allMemberReviews() {
        return guarded(() -> memberReviews(""));
    }

    @Override
    public void saveMemberReview(MemberReview r) {
        guarded(() -> {
            Connection c = tx.connection();
            StringBuilder cols = new StringBuilder("id, period_id, member_id, included, inclusion_reason, "
                    + "paper_received_on, signs, self_level, excellent_conditions, votes_excellent, votes_good, "
                    + "votes_completed, votes_not_completed, cell_level");
            for (SelfReview.Section s : SelfReview.Section.values()) {
                cols.append(", ").append(column(s));
            }
            int count = 14 + SelfReview.Section.values().length;
            String marks = String.join(", ", java.util.Collections.nCopies(count, "?"));
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO review_member (" + cols + ") KEY (id) VALUES ("
                    + marks + ")")) {
                ps.setObject(1, r.id());
                ps.setObject(2, r.periodId());
                ps.setObject(3, r.memberId());
                if (r.inclusion() == null) {
                    ps.setNull(4, Types.BOOLEAN);
                    ps.setString(5, null);
                } else {
                    ps.setBoolean(4, r.inclusion().included());
                    ps.setString(5, r.inclusion().reason());
                }
                Jdbc.setDate(ps, 6, r.selfReview().paperReceivedOn());
                ps.setString(7, r.signs().isEmpty() ? null
                        : r.signs().stream().map(String::valueOf).collect(Collectors.joining(",")));
                ps.setString(8, r.selfLevel() == null ? null : r.selfLevel().name());
                ps.setString(9, r.excellentConditions().isEmpty() ? null : String.join(",", r.excellentConditions()));
                LevelVote v = r.vote();
                setInt(ps, 10, v == null ? null : v.excellent());
                setInt(ps, 11, v == null ? null : v.good());
                setInt(ps, 12, v == null ? null : v.completed());
                setInt(ps, 13, v == null ? null : v.notCompleted());
                ps.setString(14, r.cellLevel() == null ? null : r.cellLevel().name());
                int i = 15;
                for (SelfReview.Section s : SelfReview.Section.values()) {
                    ps.setString(i++, r.selfReview().text(s));
                }
                ps.executeUpdate();
            }
            Map<String, BigDecimal> stored = new HashMap<>();
            try (ResultSet rs = query("SELECT criterion_key, points FROM review_score WHERE review_member_id = ?",
                    r.id())) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getBigDecimal(2));
                }
            }
            if (!scoresEqual(stored, r.scores())) {
                execute("DELETE FROM review_score WHERE review_member_id = ?", r.id());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_score (review_member_id, "
                        + "criterion_key, points) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, BigDecimal> e : r.scores().entrySet()) {
                        ps.setObject(1, r.id());
                        ps.setString(2, e.getKey());
                        ps.setBigDecimal(3, e.getValue());
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    private static boolean scoresEqual(Map<String, BigDecimal> a, Map<String, BigDecimal> b) {
        return a.size() == b.size() && a.entrySet().stream()
                .allMatch(e -> b.containsKey(e.getKey()) && b.get(e.getKey()).compareTo(e.getValue()) == 0);
    }

    private List<MemberReview> memberReviews(String where, Object... args) throws SQLException {
        Map<UUID, MemberReview> byId = new LinkedHashMap<>();
        try (ResultSet rs = query("SELECT r.* FROM review_member r " + where + " ORDER BY r.period_id, r.id", args)) {
            while (rs.next()) {
                Boolean included = rs.getObject("included", Boolean.class);
                Map<SelfReview.Section, String> texts = new EnumMap<>(SelfReview.Section.class);
                for (SelfReview.Section s : SelfReview.Section.values()) {
                    String t = rs.getString(column(s));
                    if (t != null) {
                        texts.put(s, t);
                    }
                }
                Integer ve = rs.getObject("votes_excellent", Integer.class);
                LevelVote vote = ve == null ? null : new LevelVote(ve, rs.getInt("votes_good"),
                        rs.getInt("votes_completed"), rs.getInt("votes_not_completed"));
                UUID id = Jdbc.getUuid(rs, "id");
                byId.put(id, new MemberReview(id, Jdbc.getUuid(rs, "period_id"), Jdbc.getUuid(rs, "member_id"),
                        included == null ? null : new MemberReview.Inclusion(included, rs.getString("inclusion_reason")),
                        new SelfReview(texts, Jdbc.getDate(rs, "paper_received_on")), numbers(rs.getString("signs")),
                        level(rs.getString("self_level")), Map.of(), words(rs.getString("excellent_conditions")), vote,
                        level(rs.getString("cell_level"))));
            }
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, BigDecimal>> scores = new HashMap<>();
        try (ResultSet rs = query("SELECT s.review_member_id, s.criterion_key, s.points FROM review_score s "
                + "JOIN review_member r ON r.id = s.review_member_id " + where, args)) {
            while (rs.next()) {
                scores.computeIfAbsent(Jdbc.getUuid(rs, "review_member_id"), k -> new HashMap<>())
                        .put(rs.getString("criterion_key"), rs.getBigDecimal("points"));
            }
        }
        return byId.values().stream().map(r -> scores.containsKey(r.id())
                ? r.withScores(scores.get(r.id()), r.excellentConditions()) : r).toList();
    }

    private static Set<Integer> numbers(String text) {
        Set<Integer> set = new TreeSet<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).map(Integer::valueOf).forEach(set::add);
        }
        return set;
    }

    private static Set<String> words(String text) {
        Set<String> set = new TreeSet<>();
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).map(String::strip).forEach(set::add);
        }
        return set;
    }

    private static ReviewLevel level(String name) {
        return name == null ? null : ReviewLevel.valueOf(name);
    }

    // ---- final levels ----

    @Override
    public List<FinalLevel> finalLevels(UUID periodId) {
        return guarded(() -> finalLevels("WHERE period_id = ?", periodId));
    }

    @Override
    public List<FinalLevel> allFinalLevels() {
        return guarded(() -> finalLevels(""));
    }

    @Override
    public void addFinalLevel(FinalLevel f) {
        guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO review_final_level ("
                    + FINAL_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, f.id());
                ps.setObject(2, f.periodId());
                ps.setObject(3, f.memberId());
                ps.setString(4, f.level().name());
                ps.setString(5, f.decisionNumber());
                Jdbc.setDate(ps, 6, f.decisionDate());
                ps.setObject(7, f.recordedAt().atOffset(ZoneOffset.UTC));
                ps.setString(8, f.contentHash());
                ps.setString(9, f.previousHash());
                return ps.executeUpdate();
            }
        });
    }

    private List<FinalLevel> finalLevels(String where, Object... args) throws SQLException {
        List<FinalLevel> list = new ArrayList<>();
        try (ResultSet rs = query("SELECT " + FINAL_COLUMNS + " FROM review_final_level " + where
                + " ORDER BY recorded_at, id", args)) {
            while (rs.next()) {
                list.add(new FinalLevel(Jdbc.getUuid(rs, "id"), Jdbc.getUuid(rs, "period_id"),
                        Jdbc.getUuid(rs, "member_id"), ReviewLevel.valueOf(rs.getString("level")),
                        rs.getString("decision_number"), Jdbc.getDate(rs, "decision_date"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("content_hash"),
                        rs.getString("previous_hash")));
            }
        }
        return list;
    }

    // ---- correction addenda ----

    private static final String ADDENDUM_COLUMNS = "id, period_id, number, addendum_date, location, recorded_text, "
            + "corrected_text, reason, recorded_by, created_at, content_hash, previous_hash";

    @Override
    public List<ReviewAddendum> addenda(UUID periodId) {
        return guarded(() -> addenda("WHERE period_id = ?", periodId));
    }

    @Override
    public List<ReviewAddendum> allAddenda() {
        return guarded(() -> addenda(""));
    }

    @Override
    public void addAddendum(ReviewAddendum a) {
        guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO review_addendum ("
                    + ADDENDUM_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, a.id());
                ps.setObject(2, a.periodId());
                ps.setInt(3, a.number());
                Jdbc.setDate(ps, 4, a.date());
                ps.setString(5, a.location());
                ps.setString(6, a.recorded());
                ps.setString(7, a.corrected());
                ps.setString(8, a.reason());
                ps.setString(9, a.recordedBy());
                ps.setObject(10, a.createdAt().atOffset(ZoneOffset.UTC));
                ps.setString(11, a.contentHash());
                ps.setString(12, a.previousHash());
                return ps.executeUpdate();
            }
        });
    }

    private List<ReviewAddendum> addenda(String where, Object... args) throws SQLException {
        List<ReviewAddendum> list = new ArrayList<>();
        try (ResultSet rs = query("SELECT " + ADDENDUM_COLUMNS + " FROM review_addendum " + where
                + " ORDER BY period_id, number", args)) {
            while (rs.next()) {
                list.add(new ReviewAddendum(Jdbc.getUuid(rs, "id"), Jdbc.getUuid(rs, "period_id"), rs.getInt("number"),
                        Jdbc.getDate(rs, "addendum_date"), rs.getString("location"), rs.getString("recorded_text"),
                        rs.getString("corrected_text"), rs.getString("reason"), rs.getString("recorded_by"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("content_hash"),
                        rs.getString("previous_hash")));
            }
        }
        return list;
    }

    @Override
    public List<LevelRow> levelsOfYears(int fromYear, int toYear) {
        return guarded(() -> {
            List<LevelRow> rows = new ArrayList<>();
            try (ResultSet rs = query("SELECT p.id, p.review_year, r.member_id, r.included, r.self_level, "
                    + "r.cell_level, f.level FROM review_member r JOIN review_period p ON p.id = r.period_id "
                    + "LEFT JOIN review_final_level f ON f.period_id = r.period_id AND f.member_id = r.member_id "
                    + "WHERE p.kind = 'YEAR' AND p.review_year BETWEEN ? AND ? ORDER BY p.review_year, r.member_id",
                    fromYear, toYear)) {
                while (rs.next()) {
                    rows.add(new LevelRow(Jdbc.getUuid(rs, "id"), rs.getInt("review_year"),
                            Jdbc.getUuid(rs, "member_id"), rs.getObject("included", Boolean.class),
                            level(rs.getString("self_level")), level(rs.getString("cell_level")),
                            level(rs.getString("level"))));
                }
            }
            return rows;
        });
    }

    // ---- helpers ----

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private ResultSet query(String sql, Object... args) throws SQLException {
        PreparedStatement ps = tx.connection().prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof LocalDate d) {
                Jdbc.setDate(ps, i + 1, d);
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    private static void setTime(PreparedStatement ps, int index, LocalTime time) throws SQLException {
        ps.setObject(index, time, Types.TIME);
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private static <T> T guarded(Jdbc.SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            if (JdbcMeetingRepository.isFinalizedRefusal(e)) {
                throw new StoreException("review.error.finalized", e);
            }
            throw new StoreException("store.error.write", e);
        }
    }
}
