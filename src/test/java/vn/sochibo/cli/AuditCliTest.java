package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit list} and {@code audit verify} end to end. */
class AuditCliTest {
    @TempDir
    Path temp;

    @Test
    void listsTheNewestEntriesTabSeparatedOldestFirstAndVerifiesTheChain() {
        String data = temp.resolve("data").toString();
        assertThat(CliRun.run("demo", "--data", data).code()).isZero();

        CliRun.Result all = CliRun.run("audit", "list", "--limit", "100000", "--data", data);
        assertThat(all.code()).as(all.err()).isZero();
        List<String> lines = all.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(25);
        String[] first = lines.get(0).split("\t", -1);
        assertThat(first).hasSize(7);
        assertThat(first[0]).isEqualTo("1");
        assertThat(first[1]).isEqualTo("2026-11-26T10:00:00.000+07:00");
        assertThat(first[2]).isEqualTo(System.getProperty("user.name"));
        assertThat(lines).anyMatch(l -> l.contains("\tCREATE\tMEMBER\t"))
                .anyMatch(l -> l.contains("\tFINALIZE\tMEETING\t"));

        CliRun.Result newest = CliRun.run("audit", "list", "--limit", "2", "--data", data);
        assertThat(newest.out().lines().toList()).containsExactlyElementsOf(lines.subList(lines.size() - 2,
                lines.size()));

        assertThat(CliRun.run("audit", "list", "--from", "27/11/2026", "--data", data).out()).isEmpty();
        assertThat(CliRun.run("audit", "list", "--from", "26/11/2026", "--to", "26/11/2026", "--limit", "100000",
                "--data", data).out().lines().count()).isEqualTo(lines.size());

        CliRun.Result bad = CliRun.run("audit", "list", "--to", "31/02/2026", "--data", data);
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("31/02/2026", "không hợp lệ");

        CliRun.Result verify = CliRun.run("audit", "verify", "--data", data);
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("Đã kiểm tra " + lines.size() + " dòng nhật ký");

        assertThat(CliRun.run("audit", "--data", data).code()).isEqualTo(2);
    }
}
