package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.h2.api.ErrorCode;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.application.member.MemberRepository;
import vn.sochibo.application.member.MemberService;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

public final class JdbcMemberRepository implements MemberRepository {
    private static final String MEMBER_COLUMNS = "id, full_name, gender, birth_date, hometown, position, "
            + "admission_date, official_date, card_number, phone, note";

    private final JdbcTransactions tx;

    JdbcMemberRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Member> findAll() {
        return Jdbc.call(() -> {
            Connection c = tx.connection();
            Map<UUID, List<StatusEvent>> events = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, member_id, event_type, event_date, note FROM member_status_event");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.computeIfAbsent(Jdbc.getUuid(rs, "member_id"), k -> new ArrayList<>()).add(event(rs));
                }
            }
            Map<UUID, Member> members = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM member ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = Jdbc.getUuid(rs, "id");
                    members.put(id, member(rs, events.getOrDefault(id, List.of())));
                }
            }
            return List.copyOf(members.values());
        });
    }

    @Override
    public Optional<Member> findById(UUID id) {
        return Jdbc.call(() -> {
            Connection c = tx.connection();
            List<StatusEvent> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, member_id, event_type, event_date, note FROM member_status_event WHERE member_id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(event(rs));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + MEMBER_COLUMNS + " FROM member WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(member(rs, events)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<UUID> findIdByCardNumber(String cardNumber) {
        return Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT id FROM member WHERE card_number = ?")) {
                ps.setString(1, cardNumber);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Jdbc.getUuid(rs, "id")) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void save(Member m) {
        Jdbc.call(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO member (" + MEMBER_COLUMNS
                    + ", search_text) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, m.id());
                ps.setString(2, m.fullName());
                ps.setString(3, m.gender() == null ? null : m.gender().name());
                Jdbc.setDate(ps, 4, m.birthDate());
                ps.setString(5, m.hometown());
                ps.setString(6, m.position());
                Jdbc.setDate(ps, 7, m.admissionDate());
                Jdbc.setDate(ps, 8, m.officialDate());
                ps.setString(9, m.cardNumber());
                ps.setString(10, m.phone());
                ps.setString(11, m.note());
                ps.setString(12, Text.fold(MemberService.searchableText(m)));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM member_status_event WHERE member_id = ?")) {
                ps.setObject(1, m.id());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO member_status_event "
                    + "(id, member_id, event_type, event_date, note) VALUES (?, ?, ?, ?, ?)")) {
                for (StatusEvent e : m.history()) {
                    ps.setObject(1, e.id());
                    ps.setObject(2, m.id());
                    ps.setString(3, e.type().name());
                    Jdbc.setDate(ps, 4, e.date());
                    ps.setString(5, e.note());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void delete(UUID id) {
        try (PreparedStatement ps = tx.connection().prepareStatement("DELETE FROM member WHERE id = ?")) {
            ps.setObject(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_CHILD_EXISTS_1) {
                // The member appears in a meeting (roll call, chair, speaker, task…): the record must stay.
                throw new StoreException("member.error.deleteReferenced", e);
            }
            throw new StoreException("store.error.write", e);
        }
    }

    @Override
    public int count() {
        return Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement("SELECT COUNT(*) FROM member");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static StatusEvent event(ResultSet rs) throws SQLException {
        return new StatusEvent(Jdbc.getUuid(rs, "id"), StatusEventType.valueOf(rs.getString("event_type")),
                Jdbc.getDate(rs, "event_date"), rs.getString("note"));
    }

    private static Member member(ResultSet rs, List<StatusEvent> events) throws SQLException {
        String gender = rs.getString("gender");
        return new Member(Jdbc.getUuid(rs, "id"), rs.getString("full_name"),
                gender == null ? null : Gender.valueOf(gender), Jdbc.getDate(rs, "birth_date"),
                rs.getString("hometown"), rs.getString("position"), Jdbc.getDate(rs, "admission_date"),
                Jdbc.getDate(rs, "official_date"), rs.getString("card_number"), rs.getString("phone"),
                rs.getString("note"), events);
    }
}
