package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.api.ErrorCode;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.pledge.PledgeRepository;
import vn.sochibo.domain.pledge.FollowUpStatus;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeItem;
import vn.sochibo.domain.pledge.PledgeKind;

/** Pledges in H2 (V6): a pledge row, its item rows, and the follow-ups of the items. */
public final class JdbcPledgeRepository implements PledgeRepository {
    private static final String PLEDGE_COLUMNS = "p.id, p.member_id, p.pledge_year, p.registered_on";
    private static final String FOLLOW_UP_SELECT = "SELECT f.id, i.pledge_id, f.item_id, f.follow_up_date, "
            + "f.progress, f.status, f.evidence, f.meeting_id FROM pledge_follow_up f JOIN pledge_item i "
            + "ON i.id = f.item_id JOIN pledge p ON p.id = i.pledge_id ";
    private static final String FOLLOW_UP_ORDER = " ORDER BY f.follow_up_date, f.id";

    private final JdbcTransactions tx;

    JdbcPledgeRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Pledge> findById(UUID id) {
        return guarded(() -> first(pledges("WHERE p.id = ?", id)));
    }

    @Override
    public Optional<Pledge> find(UUID memberId, int year) {
        return guarded(() -> first(pledges("WHERE p.member_id = ? AND p.pledge_year = ?", memberId, year)));
    }

    @Override
    public List<Pledge> ofYear(int year) {
        return guarded(() -> pledges("WHERE p.pledge_year = ?", year));
    }

    @Override
    public List<Pledge> findAll() {
        return guarded(() -> pledges(""));
    }

    @Override
    public Optional<Pledge> findByItem(UUID itemId) {
        return guarded(() -> first(pledges("WHERE p.id = (SELECT pledge_id FROM pledge_item WHERE id = ?)", itemId)));
    }

    @Override
    public void save(Pledge p) {
        guarded(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO pledge (id, member_id, pledge_year, "
                    + "registered_on) KEY (id) VALUES (?, ?, ?, ?)")) {
                ps.setObject(1, p.id());
                ps.setObject(2, p.memberId());
                ps.setInt(3, p.year());
                Jdbc.setDate(ps, 4, p.registeredOn());
                ps.executeUpdate();
            }
            List<UUID> kept = p.items().stream().map(PledgeItem::id).toList();
            List<UUID> stored = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM pledge_item WHERE pledge_id = ?")) {
                ps.setObject(1, p.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(Jdbc.getUuid(rs, "id"));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM pledge_item WHERE id = ?")) {
                for (UUID id : stored) {
                    if (!kept.contains(id)) {
                        ps.setObject(1, id);
                        ps.executeUpdate();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO pledge_item (id, pledge_id, sort_order, kind, "
                    + "content, target, deadline, example_setting) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < p.items().size(); i++) {
                    PledgeItem item = p.items().get(i);
                    ps.setObject(1, item.id());
                    ps.setObject(2, p.id());
                    ps.setInt(3, i);
                    ps.setString(4, item.kind().name());
                    ps.setString(5, item.content());
                    ps.setString(6, item.target());
                    Jdbc.setDate(ps, 7, item.deadline());
                    ps.setBoolean(8, item.exampleSetting());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void delete(UUID pledgeId) {
        guarded(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM pledge_item WHERE pledge_id = ?")) {
                ps.setObject(1, pledgeId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM pledge WHERE id = ?")) {
                ps.setObject(1, pledgeId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Optional<PledgeFollowUp> findFollowUp(UUID id) {
        return guarded(() -> first(followUps("WHERE f.id = ?", id)));
    }

    @Override
    public List<PledgeFollowUp> followUpsOf(UUID pledgeId) {
        return guarded(() -> followUps("WHERE i.pledge_id = ?", pledgeId));
    }

    @Override
    public List<PledgeFollowUp> followUpsOfYear(int year) {
        return guarded(() -> followUps("WHERE p.pledge_year = ?", year));
    }

    @Override
    public List<PledgeFollowUp> followUpsAtMeeting(UUID meetingId) {
        return guarded(() -> followUps("WHERE f.meeting_id = ?", meetingId));
    }

    @Override
    public List<PledgeFollowUp> allFollowUps() {
        return guarded(() -> followUps(""));
    }

    @Override
    public void saveFollowUp(PledgeFollowUp f) {
        guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("MERGE INTO pledge_follow_up (id, item_id, "
                    + "follow_up_date, progress, status, evidence, meeting_id) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, f.id());
                ps.setObject(2, f.itemId());
                Jdbc.setDate(ps, 3, f.date());
                ps.setString(4, f.progress());
                ps.setString(5, f.status().name());
                ps.setString(6, f.evidence());
                ps.setObject(7, f.meetingId());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void deleteFollowUp(UUID id) {
        guarded(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM pledge_follow_up WHERE id = ?")) {
                ps.setObject(1, id);
                return ps.executeUpdate();
            }
        });
    }

    private List<Pledge> pledges(String where, Object... args) throws SQLException {
        Map<UUID, Pledge> pledges = new LinkedHashMap<>();
        Map<UUID, List<PledgeItem>> items = new LinkedHashMap<>();
        try (ResultSet rs = query("SELECT " + PLEDGE_COLUMNS + " FROM pledge p " + where
                + " ORDER BY p.pledge_year, p.id", args)) {
            while (rs.next()) {
                UUID id = Jdbc.getUuid(rs, "id");
                pledges.put(id, new Pledge(id, Jdbc.getUuid(rs, "member_id"), rs.getInt("pledge_year"),
                        Jdbc.getDate(rs, "registered_on"), List.of()));
                items.put(id, new ArrayList<>());
            }
        }
        if (pledges.isEmpty()) {
            return List.of();
        }
        try (ResultSet rs = query("SELECT i.id, i.pledge_id, i.kind, i.content, i.target, i.deadline, "
                + "i.example_setting FROM pledge_item i JOIN pledge p ON p.id = i.pledge_id " + where
                + " ORDER BY i.pledge_id, i.sort_order", args)) {
            while (rs.next()) {
                items.get(Jdbc.getUuid(rs, "pledge_id")).add(new PledgeItem(Jdbc.getUuid(rs, "id"),
                        PledgeKind.valueOf(rs.getString("kind")), rs.getString("content"), rs.getString("target"),
                        Jdbc.getDate(rs, "deadline"), rs.getBoolean("example_setting")));
            }
        }
        return pledges.values().stream().map(p -> p.withItems(items.get(p.id()))).toList();
    }

    private List<PledgeFollowUp> followUps(String where, Object... args) throws SQLException {
        List<PledgeFollowUp> list = new ArrayList<>();
        try (ResultSet rs = query(FOLLOW_UP_SELECT + where + FOLLOW_UP_ORDER, args)) {
            while (rs.next()) {
                list.add(new PledgeFollowUp(Jdbc.getUuid(rs, "id"), Jdbc.getUuid(rs, "pledge_id"),
                        Jdbc.getUuid(rs, "item_id"), Jdbc.getDate(rs, "follow_up_date"), rs.getString("progress"),
                        FollowUpStatus.valueOf(rs.getString("status")), rs.getString("evidence"),
                        Jdbc.getUuid(rs, "meeting_id")));
            }
        }
        return list;
    }

    /** A query whose result set closes its statement with it. */
    private ResultSet query(String sql, Object... args) throws SQLException {
        PreparedStatement ps = tx.connection().prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    private static <T> T guarded(Jdbc.SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            if (JdbcMeetingRepository.isFinalizedRefusal(e)) {
                throw new StoreException("pledge.error.followUpLocked", e);
            }
            if (e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1) {
                throw new StoreException("pledge.error.hasFollowUps", e);
            }
            throw new StoreException("store.error.write", e);
        }
    }
}
