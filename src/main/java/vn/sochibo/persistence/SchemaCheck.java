package vn.sochibo.persistence;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quick look at a database's schema that lets most starts skip Flyway: when the schema history holds exactly
 * the migrations this build ships, all successful, there is nothing to check or migrate. Flyway (a few hundred
 * classes and a class-path scan, about half a second of a command-line run) then only runs for a new, older,
 * newer or foreign database, where its checks matter.
 */
final class SchemaCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaCheck.class);
    static final String MIGRATIONS = "db/migration";
    private static final Set<String> FLYWAY_MARKERS = Set.of("TABLE", "SCHEMA");
    private static final Pattern MIGRATION = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

    private SchemaCheck() {
    }

    /**
     * True when the database at {@code readOnlyUrl} exists and its history is exactly {@link #shippedVersions()},
     * every one successful. False in every other case, including any failure to tell: then Flyway decides.
     */
    static boolean isCurrent(String readOnlyUrl, String password) {
        Set<String> shipped = shippedVersions();
        if (shipped.isEmpty()) {
            return false;
        }
        try (Connection c = DriverManager.getConnection(readOnlyUrl + ";IFEXISTS=TRUE", "sa", password);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT \"version\", \"success\", \"type\" FROM \"flyway_schema_history\"")) {
            Set<String> applied = new TreeSet<>();
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null && FLYWAY_MARKERS.contains(rs.getString(3)) && rs.getBoolean(2)) {
                    continue; // Flyway's own line: it created its history table (or the schema)
                }
                if (version == null || !rs.getBoolean(2) || !applied.add(version)) {
                    return false;
                }
            }
            return applied.equals(shipped);
        } catch (SQLException e) {
            // No history table, a file that does not open, …: Flyway's path will say what it is.
            LOG.debug("Schema not recognised as current; Flyway decides", e);
            return false;
        }
    }

    /** The versions of the migrations in this build ({@code db/migration/V<version>__<name>.sql}); empty if unknown. */
    static Set<String> shippedVersions() {
        Set<String> versions = new TreeSet<>();
        try {
            Path codeSource = Path.of(SchemaCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(codeSource)) {
                try (Stream<Path> files = Files.list(codeSource.resolve(MIGRATIONS))) {
                    files.forEach(f -> addVersion(f.getFileName().toString(), versions));
                }
            } else {
                try (JarFile jar = new JarFile(codeSource.toFile())) {
                    jar.stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(MIGRATIONS + "/"))
                            .forEach(n -> addVersion(n.substring(MIGRATIONS.length() + 1), versions));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.debug("Could not list the migrations; Flyway decides", e);
            return Set.of();
        }
        return versions;
    }

    private static void addVersion(String fileName, Set<String> versions) {
        Matcher m = MIGRATION.matcher(fileName);
        if (m.matches()) {
            versions.add(m.group(1).replace('_', '.'));
        }
    }
}
