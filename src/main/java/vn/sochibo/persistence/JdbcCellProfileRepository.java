package vn.sochibo.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.sochibo.application.cell.CellProfileRepository;
import vn.sochibo.domain.cell.CellProfile;

public final class JdbcCellProfileRepository implements CellProfileRepository {
    private final JdbcTransactions tx;

    JdbcCellProfileRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<CellProfile> load() {
        return Jdbc.call(() -> {
            Connection c = tx.connection();
            List<UUID> committee = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT member_id FROM committee_member ORDER BY sort_order");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    committee.add(Jdbc.getUuid(rs, "member_id"));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT cell_name, upper_organisation, place_name, "
                    + "term_start, term_end, secretary_id, deputy_id FROM cell_profile WHERE id = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CellProfile(rs.getString("cell_name"), rs.getString("upper_organisation"),
                        rs.getString("place_name"), Jdbc.getDate(rs, "term_start"), Jdbc.getDate(rs, "term_end"),
                        Jdbc.getUuid(rs, "secretary_id"), Jdbc.getUuid(rs, "deputy_id"), committee));
            }
        });
    }

    @Override
    public void save(CellProfile p) {
        Jdbc.call(() -> {
            Connection c = tx.connection();
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO cell_profile (id, cell_name, upper_organisation, "
                    + "place_name, term_start, term_end, secretary_id, deputy_id) KEY (id) VALUES (1, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, p.cellName());
                ps.setString(2, p.upperOrganisation());
                ps.setString(3, p.placeName());
                Jdbc.setDate(ps, 4, p.termStart());
                Jdbc.setDate(ps, 5, p.termEnd());
                ps.setObject(6, p.secretaryId());
                ps.setObject(7, p.deputyId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM committee_member")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO committee_member (member_id, sort_order) VALUES (?, ?)")) {
                int order = 0;
                for (UUID id : p.committeeMemberIds()) {
                    ps.setObject(1, id);
                    ps.setInt(2, order++);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}
