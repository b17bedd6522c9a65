package vn.sochibo.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.sochibo.application.settings.SettingsRepository;

public final class JdbcSettingsRepository implements SettingsRepository {
    private final JdbcTransactions tx;

    JdbcSettingsRepository(JdbcTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<String> get(String key) {
        return Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT setting_value FROM app_setting WHERE setting_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        Jdbc.call(() -> {
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "MERGE INTO app_setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, String> all() {
        return Jdbc.call(() -> {
            Map<String, String> all = new TreeMap<>();
            try (PreparedStatement ps = tx.connection().prepareStatement(
                    "SELECT setting_key, setting_value FROM app_setting");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.put(rs.getString(1), rs.getString(2));
                }
            }
            return all;
        });
    }
}
