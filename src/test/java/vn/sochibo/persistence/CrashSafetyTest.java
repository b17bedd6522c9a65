package vn.sochibo.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.domain.member.Member;

/**
 * A committed record survives the process being killed at any moment: a child JVM commits members in a loop
 * and is killed with SIGKILL after a random time, many times over; after each kill the database opens and
 * holds every member whose commit had returned.
 */
class CrashSafetyTest {
    private static final int KILLS = 12;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedCommitSurvivesAKillNineMidWrite() throws Exception {
        Random random = new Random(20261127L);
        Set<UUID> acknowledged = new HashSet<>();
        int totalAcks = 0;
        for (int round = 0; round < KILLS; round++) {
            List<UUID> acks = runAndKill(round, 150 + random.nextInt(900));
            acknowledged.addAll(acks);
            totalAcks += acks.size();
            try (Database db = Database.open(dir)) {
                var repo = db.memberRepository();
                Set<UUID> stored = new HashSet<>();
                db.transactions().inTransaction(repo::findAll).stream().map(Member::id).forEach(stored::add);
                assertThat(stored).as("round %d: every acknowledged member is stored", round)
                        .containsAll(acknowledged);
            }
        }
        assertThat(totalAcks).as("the loop really wrote between the kills").isGreaterThan(KILLS * 5);
    }

    /** Starts the write loop, lets it write for about {@code millis} after it is ready, then kills it. */
    private List<UUID> runAndKill(int round, long millis) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), WriteLoopMain.class.getName(),
                dir.toString(), Integer.toString(round)).redirectErrorStream(true).start();
        process.getOutputStream().close();
        List<UUID> acks = new ArrayList<>();
        List<String> other = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("ACK ")) {
                        synchronized (acks) {
                            acks.add(UUID.fromString(line.substring(4).strip()));
                        }
                    } else {
                        other.add(line);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                // the process died mid-line: what was read so far stands
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (!other.contains("READY") && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(other).as("the write loop started: %s", other).contains("READY");
        Thread.sleep(millis);
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        synchronized (acks) {
            return new ArrayList<>(acks);
        }
    }
}
