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
 *
 * <p>The look itself opens the database read-only, so that a database of a newer version is left byte for byte
 * (opening it for writing changes the file even when nothing is written). That is a whole second opening of the
 * file before the real one (a tenth of a second on ten years of data). So a clean close leaves a {@linkplain
 * #stamp stamp}: the migrations of this build with the database file's size and time right after the close. A
 * start that finds the stamp matching the file as it is and this build's migrations knows the schema without
 * looking; any change to the file since (another program, a restore, a crash after writing) changes its time, and
 * the read-only look runs as before.
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

    /** The stamp's file in the data folder. */
    static final String STAMP_FILE = "sochibo.schema";

    /**
     * Writes the stamp after a clean close of the database in {@code dir} (the file is closed and will not change
     * before the next opening). Best effort: without a stamp the next start only looks read-only first.
     */
    static void stamp(Path dir) {
        Path stamp = dir.resolve(STAMP_FILE);
        Path written = null;
        try {
            Path file = dir.resolve(Database.DATABASE_NAME + ".mv.db");
            Set<String> shipped = shippedVersions();
            if (shipped.isEmpty() || !Files.exists(file)) {
                Files.deleteIfExists(stamp);
                return;
            }
            written = Files.createTempFile(dir, STAMP_FILE, ".tmp");
            Files.writeString(written, stampText(shipped, file));
            Files.move(written, stamp, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the schema stamp in {}", dir, e);
            deleteQuietly(written);
            deleteQuietly(stamp); // a stamp left behind would still be checked against the file; none is simpler
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // best effort: see stamp()
        }
    }

    /** True when the stamp in {@code dir} names this build's migrations and the database file exactly as it is. */
    static boolean stampMatches(Path dir) {
        try {
            Path stamp = dir.resolve(STAMP_FILE);
            Path file = dir.resolve(Database.DATABASE_NAME + ".mv.db");
            if (!Files.exists(stamp) || !Files.exists(file)) {
                return false;
            }
            Set<String> shipped = shippedVersions();
            return !shipped.isEmpty() && Files.readString(stamp).equals(stampText(shipped, file));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not read the schema stamp in {}", dir, e);
            return false;
        }
    }

    private static String stampText(Set<String> shipped, Path file) throws IOException {
        return "migrations=" + String.join(",", shipped) + "\nsize=" + Files.size(file) + "\nmodified="
                + Files.getLastModifiedTime(file).toInstant() + "\n";
    }

    /**
     * The versions of the migrations in this build ({@code db/migration/V<version>__<name>.sql}); empty if unknown.
     * Read once per process: a start asks for them up to three times (the stamp, the look, the stamp at the close).
     */
    static Set<String> shippedVersions() {
        return Shipped.VERSIONS;
    }

    /** Holder of {@link #shippedVersions()}, read from the code's own jar or folder when first asked. */
    private static final class Shipped {
        static final Set<String> VERSIONS = read();
    }

    private static Set<String> read() {
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
        return java.util.Collections.unmodifiableSet(versions);
    }

    private static void addVersion(String fileName, Set<String> versions) {
        Matcher m = MIGRATION.matcher(fileName);
        if (m.matches()) {
            versions.add(m.group(1).replace('_', '.'));
        }
    }
}
