package vn.sochibo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.demo.DemoSize;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingSummary;

/**
 * The app's operations on a large cell (issue 8): 60 members and ten years of meetings and pledges made by
 * {@code demo --members 60 --years 10} ({@link DemoSize#LARGE}), measured in this JVM after a warm-up, through the
 * same services the window and the CLI use. Each operation: {@code bench.dataRuns} measured runs (default 20; 5 for
 * export, import and backup), min / median / p90 / max in milliseconds.
 *
 * <p>{@code bench.data}: an existing large data folder to copy instead of generating one (generating takes about
 * 40 s). {@code bench.dataOnly=search}: only the search rows (issue 7). Writes {@code target/bench/data-*.md}. Run by
 * the {@code bench} profile (docs/performance.md).
 */
public final class DataBenchmark {
    private final Path outDir = Path.of(System.getProperty("bench.outDir", "target/bench")).toAbsolutePath();
    private final int runs = Integer.getInteger("bench.dataRuns", 20);
    private final String only = System.getProperty("bench.dataOnly", "all");
    /** Varied queries: the index is scanned anew for each (no query cache to flatter the figures). */
    static final List<String> QUERIES = List.of("dang phi", "kiem diem", "nguyen van", "thu hoach", "nghi quyet thang",
            "an ninh trat tu", "chu nhat xanh", "lua dao", "hoan thanh tot", "van dong ho", "quan chung uu tu",
            "bao cao chi uy", "phong chay", "tu phe binh", "gia dinh van hoa", "nong thon moi");
    private final StringBuilder report = new StringBuilder();
    private final List<String[]> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new DataBenchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(outDir);
        Path work = Files.createTempDirectory(outDir, "data-");
        Path folder = work.resolve("large");
        long t0 = System.nanoTime();
        String given = System.getProperty("bench.data", "");
        if (given.isBlank()) {
            try (AppServices services = Services.open(folder)) {
                services.demo().create(DemoSize.LARGE);
            }
        } else {
            copy(Path.of(given), folder);
        }
        double prepared = (System.nanoTime() - t0) / 1e6;

        line("# Data benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("");
        try (AppServices services = Services.open(folder)) {
            List<MeetingSummary> summaries = services.meetings().summaries();
            line("Data: " + services.members().all().size() + " members, " + summaries.size() + " meetings ("
                    + summaries.stream().filter(MeetingSummary::isFinalized).count() + " finalized), "
                    + services.pledges().ofYear(summaries.get(summaries.size() - 1).date().getYear()).size()
                    + " pledges this year; database file " + Files.size(folder.resolve("sochibo.mv.db")) / 1024
                    + " KiB; " + (given.isBlank() ? "generated" : "copied") + " in " + fmt(prepared)
                    + " ms. Load average at start: " + loadAverage() + ".");
            line("");
            List<UUID> ids = summaries.stream().map(MeetingSummary::id).toList();
            UUID longest = summaries.stream().filter(MeetingSummary::isFinalized).map(MeetingSummary::id)
                    .max(Comparator.comparingInt(id -> services.meetings().find(id).orElseThrow().contributions().size()))
                    .orElseThrow();
            var standards = services.settings().meetingStandards();
            int[] next = {0};
            searchRows(services);

            if (!only.equals("search")) {
                measure("meetings list (all summaries, ten years)", runs, () -> services.meetings().summaries().size());
                measure("open a meeting (find, warnings, tasks to follow up, addenda, pledges due)", runs, () -> {
                    UUID id = ids.get(next[0]++ % ids.size());
                    Meeting m = services.meetings().find(id).orElseThrow();
                    return services.meetings().warnings(m, standards).size() + services.meetings().tasksToFollowUp(m).size()
                            + services.meetings().corrections(id).size() + services.pledges().dueForCheck(m).size();
                });
                measure("minutes PDF of the longest finalized meeting, warm", runs, () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    services.meetingDocuments().writeMinutesPdf(longest, out);
                    return out.size();
                });
                measure("pledge overview of this year", runs,
                        () -> services.pledges().overview(summaries.get(summaries.size() - 1).date().getYear(), null)
                                .rows().size());
                int few = Math.max(3, runs / 4);
                Path export = work.resolve("export.json");
                measure("export of everything (JSON file)", few, () -> {
                    try (OutputStream out = Files.newOutputStream(export)) {
                        services.exchange().exportTo(out);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    return 1;
                });
                line("Export file: " + Files.size(export) / 1024 + " KiB.");
                line("");
                int[] target = {0};
                measure("import of that file into an empty folder", few, () -> {
                    Path empty = work.resolve("import-" + target[0]++);
                    try (AppServices fresh = Services.open(empty); var in = Files.newInputStream(export)) {
                        return fresh.exchange().importFrom(in).meetings();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                measure("backup (written, verified, rotated)", few, () -> services.backups().backUp("manual").backup().meetings());
                measure("verify (database read through, chains, audit trail)", few,
                        () -> services.integrity().run().results().size());
            }
        }
        table();
        line("");
        line("Resident size of this benchmark JVM at the end: " + rssMiB() + " MiB (harness included; the window's "
                + "own figure is in the start-up benchmark). Load average at the end: " + loadAverage() + ".");
        Path file = outDir.resolve("data-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now())
                + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("(written to " + file + ")");
    }

    /**
     * Search across everything (issue 7, target < 50 ms): the first search after a change (the in-memory index is
     * built again from the store: a setting is changed, untimed, before each run), then warm searches with varied
     * queries, and a two-letter query most records match (the most hits to mark up).
     */
    private void searchRows(AppServices services) {
        var search = services.search();
        int[] q = {0};
        int[] scale = {0};
        measureAfter("search, first after a change (index built from the store, then searched)", Math.max(5, runs / 2),
                () -> services.settings().setTextScalePercent(scale[0]++ % 2 == 0 ? 110 : 100),
                () -> search.search(QUERIES.get(q[0]++ % QUERIES.size()), 20).total());
        var stats = search.stats();
        measure("search, warm (varied queries of 1-3 words)", runs * 5,
                () -> search.search(QUERIES.get(q[0]++ % QUERIES.size()), 20).total());
        measure("search, warm, two-letter query 'th' (most records match)", runs,
                () -> search.search("th", 20).total());
        line("Search index: " + stats.records() + " records, " + stats.chars() / 1024 + " Ki folded characters, built in "
                + stats.buildMillis() + " ms (last build, inside the first-search row).");
        line("");
    }

    /** Like {@link #measure} with {@code setup} run, untimed, before each run. */
    private void measureAfter(String name, int n, Runnable setup, Supplier<Integer> operation) {
        for (int i = 0; i < 2; i++) {
            setup.run();
            operation.get();
        }
        double[] ms = new double[n];
        long sink = 0;
        for (int i = 0; i < n; i++) {
            setup.run();
            long t = System.nanoTime();
            sink += operation.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        rows.add(new String[] {name, Integer.toString(n), fmt(ms[0]), fmt(percentile(ms, 50)), fmt(percentile(ms, 90)),
            fmt(ms[n - 1])});
        System.out.println("  " + name + ": median " + fmt(percentile(ms, 50)) + " ms (sink " + (sink % 10) + ")");
    }

    private void measure(String name, int n, Supplier<Integer> operation) {
        int warmup = Math.max(2, n / 2);
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += operation.get();
        }
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            sink += operation.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        rows.add(new String[] {name, Integer.toString(n), fmt(ms[0]), fmt(percentile(ms, 50)), fmt(percentile(ms, 90)),
            fmt(ms[n - 1])});
        System.out.println("  " + name + ": median " + fmt(percentile(ms, 50)) + " ms (sink " + (sink % 10) + ")");
    }

    private void table() {
        line("| operation | runs | min ms | median ms | p90 ms | max ms |");
        line("|---|---|---|---|---|---|");
        for (String[] r : rows) {
            line("| " + String.join(" | ", r) + " |");
        }
    }

    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().equals("sochibo.lock")) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static String rssMiB() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> fmt(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0)).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private void line(String s) {
        report.append(s).append('\n');
        System.out.println(s);
    }
}
