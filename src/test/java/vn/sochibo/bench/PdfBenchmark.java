package vn.sochibo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.meeting.MeetingDocumentInput;
import vn.sochibo.application.meeting.MeetingDocumentWords;
import vn.sochibo.application.meeting.MinutesDocument;
import vn.sochibo.application.meeting.ResolutionDocument;
import vn.sochibo.pdf.PartyPdfRenderer;

/**
 * The PDF benchmark harness (not a test: surefire never runs it, and {@code mvn verify} does not either). Run it
 * with the {@code bench} profile, see docs/performance.md:
 *
 * <pre>
 * mvn -B -Pbench -DskipTests -Dsochibo.buildDir=target-bench verify
 * </pre>
 *
 * <p>What it measures, each reported as min / median / p90 / max in milliseconds:
 * <ol>
 *   <li><b>warm</b>, in this JVM, one {@link PartyPdfRenderer} reused as the app does: after {@code bench.warmup}
 *       unmeasured iterations, {@code bench.iterations} measured ones of "model built from the Meeting with the
 *       real {@link MinutesDocument} / {@link ResolutionDocument}, then rendered to bytes" for (a) a 3-page minutes,
 *       (b) a 15-page minutes, (c) the resolution. The number of speeches giving exactly 3 and 15 pages is found
 *       at start-up and every variant's page count is checked with PDFBox. Iterations rotate over
 *       {@code VARIANTS} different meetings (new ids, other speakers and order), so no two consecutive renders
 *       are of the same document.</li>
 *   <li><b>cold</b> (d): {@code bench.coldRuns} fresh child JVMs ({@code PdfBenchmark cold}), each timing the
 *       first model build, the renderer's construction (iText classes, four fonts parsed) and the first render.</li>
 *   <li><b>cli</b> (e): the packaged jar as a user runs it, {@code java -jar sochibo.jar minutes pdf --meeting ID
 *       --out FILE --data DIR}, on a demo data folder the harness creates with the jar's {@code demo} subcommand
 *       (a finalized meeting is picked from {@code meetings list}); wall time of the whole process and, where
 *       {@code /usr/bin/time} exists, its peak RSS. For comparison, {@code --version} (JVM + picocli only) and
 *       {@code meetings list} (opens the store too), and an experiment with a dynamic AppCDS archive.</li>
 *   <li><b>book</b> (f): the yearly minutes and resolutions books on the ten-year demo cell, see {@link #book()}.</li>
 * </ol>
 *
 * <p>System properties: {@code bench.only} (all | warm | cold | cli | book), {@code bench.bookRuns} (10),
 * {@code bench.data} (a ten-year folder to copy), {@code bench.warmup}
 * (300; with 30 the first case was still being JIT-compiled while measured),
 * {@code bench.iterations} (100), {@code bench.coldRuns} (5), {@code bench.cliRuns} (7), {@code sochibo.jar}
 * (default {@code target/sochibo.jar}), {@code bench.outDir} (default {@code target/bench}).
 */
public final class PdfBenchmark {
    static final int VARIANTS = 8;
    private static final Pattern MAX_RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Path TIME = Path.of("/usr/bin/time");

    private final StringBuilder report = new StringBuilder();
    private final PartyPdfRenderer renderer = new PartyPdfRenderer();
    private final MinutesDocument minutes = new MinutesDocument(MeetingDocumentWords.vietnamese());
    private final ResolutionDocument resolution = new ResolutionDocument(MeetingDocumentWords.vietnamese());
    private final int warmup = Integer.getInteger("bench.warmup", 300);
    private final int iterations = Integer.getInteger("bench.iterations", 100);
    private final int coldRuns = Integer.getInteger("bench.coldRuns", 5);
    private final int cliRuns = Integer.getInteger("bench.cliRuns", 7);
    private final Path outDir = Path.of(System.getProperty("bench.outDir", "target/bench")).toAbsolutePath();
    private final Map<String, double[]> results = new HashMap<>();
    private final Map<Integer, Integer> speeches = new HashMap<>();
    private long sink;

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : System.getProperty("bench.only", "all");
        if (mode.equals("cold")) {
            cold();
            return;
        }
        new PdfBenchmark().run(mode);
    }

    private void run(String mode) throws Exception {
        Files.createDirectories(outDir);
        machine();
        boolean all = mode.equals("all");
        if (all || mode.equals("warm")) {
            warm();
        }
        if (all || mode.equals("cold")) {
            coldInChildren();
        }
        if (all || mode.equals("cli")) {
            cli();
        }
        if (all || mode.equals("book")) {
            book();
        }
        targets();
        line("");
        line("load average at the end: " + loadAverage());
        Path file = outDir.resolve("results-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now())
                + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println("(written to " + file + "; sink " + (sink % 10) + ")");
    }

    // ---- the machine ----

    private void machine() {
        line("# PDF benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPU | " + cpuModel() + ", nproc " + Runtime.getRuntime().availableProcessors() + " |");
        line("| RAM | " + memTotal() + " |");
        line("| OS | " + osRelease() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", "
                + System.getProperty("os.arch") + ") |");
        line("| Java | " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ") |");
        line("| harness JVM flags | " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()) + " |");
        line("| max heap | " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB |");
        line("| load average at start | " + loadAverage() + " |");
        line("");
    }

    private static String cpuModel() {
        return read(Path.of("/proc/cpuinfo")).lines().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("n/a");
    }

    private static String memTotal() {
        return read(Path.of("/proc/meminfo")).lines().filter(l -> l.startsWith("MemTotal:"))
                .map(l -> {
                    long kib = Long.parseLong(l.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
                }).findFirst().orElse("n/a");
    }

    private static String osRelease() {
        return read(Path.of("/etc/os-release")).lines().filter(l -> l.startsWith("PRETTY_NAME="))
                .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).findFirst().orElse("n/a");
    }

    private static String loadAverage() {
        String s = read(Path.of("/proc/loadavg")).trim();
        String[] parts = s.split("\\s+");
        return parts.length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "n/a";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    // ---- warm, in this JVM ----

    private byte[] render(PartyDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(doc, out);
        return out.toByteArray();
    }

    private static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int minutesPages(int speeches, int variant) {
        return pages(render(minutes.build(BenchMeetings.minutes(speeches, variant))));
    }

    /** The number of speeches in the middle of the range that gives exactly {@code target} pages. */
    private int speechesFor(int target) {
        return speeches.computeIfAbsent(target, this::searchSpeechesFor);
    }

    private int searchSpeechesFor(int target) {
        Map<Integer, Integer> memo = new HashMap<>();
        IntFunction<Integer> pages = n -> memo.computeIfAbsent(n, k -> minutesPages(k, 0));
        int first = firstWithAtLeast(target, pages);
        int next = firstWithAtLeast(target + 1, pages);
        if (pages.apply(first) != target) {
            throw new IllegalStateException("no number of speeches gives exactly " + target + " pages");
        }
        return (first + next - 1) / 2;
    }

    /** Smallest n with pages(n) >= target, pages being monotonic in n. */
    private static int firstWithAtLeast(int target, IntFunction<Integer> pages) {
        if (pages.apply(0) >= target) {
            return 0;
        }
        int lo = 0;
        int hi = 8;
        while (pages.apply(hi) < target) {
            lo = hi;
            hi *= 2;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (pages.apply(mid) >= target) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private void warm() {
        line("## Warm: one renderer reused, model built from the Meeting and rendered to bytes");
        line("");
        line(String.format(Locale.ROOT, "%d warm-up iterations, then %d measured; inputs rotate over %d variants.",
                warmup, iterations, VARIANTS));
        line("");
        int three = speechesFor(3);
        int fifteen = speechesFor(15);
        MeetingDocumentInput[] small = new MeetingDocumentInput[VARIANTS];
        MeetingDocumentInput[] large = new MeetingDocumentInput[VARIANTS];
        MeetingDocumentInput[] res = new MeetingDocumentInput[VARIANTS];
        for (int v = 0; v < VARIANTS; v++) {
            small[v] = BenchMeetings.minutes(three, v);
            large[v] = BenchMeetings.minutes(fifteen, v);
            res[v] = BenchMeetings.resolution(v);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(measureWarm("(a) minutes, 3 pages (" + three + " extra speeches)", small, minutes::build));
        rows.add(measureWarm("(b) minutes, 15 pages (" + fifteen + " extra speeches)", large, minutes::build));
        rows.add(measureWarm("(c) resolution", res, resolution::build));
        table(List.of("case", "pages (all variants)", "PDF size"), rows);
    }

    private String[] measureWarm(String name, MeetingDocumentInput[] inputs,
            java.util.function.Function<MeetingDocumentInput, PartyDocument> build) {
        int[] pageCounts = new int[inputs.length];
        long size = 0;
        for (int v = 0; v < inputs.length; v++) {
            byte[] pdf = render(build.apply(inputs[v]));
            pageCounts[v] = pages(pdf);
            size += pdf.length;
        }
        for (int i = 0; i < warmup; i++) {
            sink += render(build.apply(inputs[i % inputs.length])).length;
        }
        double[] ms = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            MeetingDocumentInput in = inputs[i % inputs.length];
            long t0 = System.nanoTime();
            byte[] pdf = render(build.apply(in));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            sink += pdf.length;
        }
        results.put(name.substring(0, 3), ms);
        int minPages = Arrays.stream(pageCounts).min().orElse(0);
        int maxPages = Arrays.stream(pageCounts).max().orElse(0);
        String pagesText = minPages == maxPages ? String.valueOf(minPages) : minPages + "–" + maxPages;
        System.out.println("  " + name + ": " + pagesText + " pages, " + stats(ms));
        return new String[] {name, pagesText, (size / inputs.length / 1024) + " KiB"};
    }

    // ---- cold, in child JVMs ----

    /** Child mode: everything a first minutes PDF costs in a fresh JVM, printed on one line for the parent. */
    private static void cold() {
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        MeetingDocumentInput in = BenchMeetings.minutes(Integer.getInteger("bench.speeches", 20), 0);
        long t0 = System.nanoTime();
        PartyDocument doc = new MinutesDocument(MeetingDocumentWords.vietnamese()).build(in);
        long t1 = System.nanoTime();
        PartyPdfRenderer renderer = new PartyPdfRenderer();
        long t2 = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(doc, out);
        long t3 = System.nanoTime();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        renderer.render(new MinutesDocument(MeetingDocumentWords.vietnamese())
                .build(BenchMeetings.minutes(Integer.getInteger("bench.speeches", 20), 1)), again);
        long t4 = System.nanoTime();
        System.out.printf(Locale.ROOT, "COLD uptime=%d model=%.1f renderer=%.1f render=%.1f first=%.1f second=%.1f bytes=%d%n",
                uptime, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t3 - t0) / 1e6, (t4 - t3) / 1e6,
                out.size());
    }

    private void coldInChildren() throws IOException, InterruptedException {
        int speeches = speechesFor(3);
        line("## Cold: the first minutes PDF (3 pages) in a fresh JVM");
        line("");
        line(coldRuns + " child JVMs (`java -cp <test classpath> vn.sochibo.bench.PdfBenchmark cold`), default flags.");
        line("");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Map<String, double[]> parts = new HashMap<>();
        String[] keys = {"uptime", "model", "renderer", "render", "first", "second"};
        for (String k : keys) {
            parts.put(k, new double[coldRuns]);
        }
        double[] wall = new double[coldRuns];
        Pattern field = Pattern.compile("(\\w+)=([\\d.]+)");
        for (int r = 0; r < coldRuns; r++) {
            List<String> cmd = List.of(java, "-Dfile.encoding=UTF-8", "-Dbench.speeches=" + speeches, "-cp",
                    System.getProperty("java.class.path"), PdfBenchmark.class.getName(), "cold");
            Exec e = exec(cmd, false);
            wall[r] = e.wallMs;
            String lineOut = e.out.lines().filter(l -> l.startsWith("COLD ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("cold child failed: " + e.out + e.err));
            Matcher m = field.matcher(lineOut);
            while (m.find()) {
                if (parts.containsKey(m.group(1))) {
                    parts.get(m.group(1))[r] = Double.parseDouble(m.group(2));
                }
            }
            System.out.println("  cold run " + (r + 1) + ": " + lineOut + " wall=" + fmt(e.wallMs));
        }
        results.put("(d)", parts.get("first"));
        List<String[]> rows = new ArrayList<>();
        rows.add(statsRow("JVM start to main (uptime)", parts.get("uptime")));
        rows.add(statsRow("first model build (MinutesDocument)", parts.get("model")));
        rows.add(statsRow("new PartyPdfRenderer() (iText classes, 4 fonts)", parts.get("renderer")));
        rows.add(statsRow("first render", parts.get("render")));
        rows.add(statsRow("**(d) first PDF: model + renderer + render**", parts.get("first")));
        rows.add(statsRow("second render, same JVM (another variant)", parts.get("second")));
        rows.add(statsRow("child process wall time", wall));
        statsTable(rows);
    }

    // ---- the whole process: java -jar sochibo.jar minutes pdf ----

    private void cli() throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("sochibo.jar", "target/sochibo.jar")).toAbsolutePath();
        line("## Whole process: `java -jar sochibo.jar minutes pdf --meeting ID --out FILE --data DIR`");
        line("");
        if (!Files.isRegularFile(jar)) {
            line("jar not found at " + jar + ": run `mvn package` first (the bench profile does). Skipped.");
            line("");
            return;
        }
        boolean time = Files.isExecutable(TIME);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory(outDir, "cli-");
        Path data = work.resolve("data");
        Exec demo = exec(List.of(java, "-jar", jar.toString(), "demo", "--data", data.toString()), false);
        if (demo.code != 0) {
            throw new IllegalStateException("demo failed: " + demo.out + demo.err);
        }
        Exec list = exec(List.of(java, "-jar", jar.toString(), "meetings", "list", "--data", data.toString()), false);
        String draft = "\tnháp\t";
        String id = list.out.lines().filter(l -> l.split("\t").length == 4 && !l.contains(draft))
                .reduce((a, b) -> b).map(l -> l.substring(l.lastIndexOf('\t') + 1).trim())
                .orElseThrow(() -> new IllegalStateException("no finalized meeting in: " + list.out));
        String listed = list.out.lines().filter(l -> l.endsWith(id)).findFirst().orElse(id);
        line("Jar: `" + jar + "`; data: a demo folder made by `demo`; meeting: `" + listed.replace('\t', ' ')
                + "` (the last finalized one in `meetings list`); " + cliRuns + " measured runs after one unmeasured; "
                + "each run writes a new file. Peak RSS: "
                + (time ? "`/usr/bin/time -v` (maximum resident set size of the java process)."
                        : "n/a (`/usr/bin/time` is missing: `apt-get install time`)."));
        line("");

        List<String[]> rows = new ArrayList<>();
        List<String> base = List.of(java, "-jar", jar.toString());
        rows.add(cliRow("`--version` (JVM + picocli only)", base, List.of("--version"), null, time, work));
        rows.add(cliRow("`meetings list` (opens the store)", base,
                List.of("meetings", "list", "--data", data.toString()), null, time, work));
        String[] minutesRow = cliRow("**(e) `minutes pdf`**", base,
                List.of("minutes", "pdf", "--meeting", id, "--data", data.toString()), "minutes", time, work);
        rows.add(minutesRow);
        rows.add(cliRow("`resolution pdf`", base,
                List.of("resolution", "pdf", "--meeting", id, "--data", data.toString()), "resolution", time, work));

        // Experiment (not what users run today): the same command with a dynamic AppCDS archive of its classes.
        Path jsa = work.resolve("sochibo-minutes.jsa");
        Exec training = exec(List.of(java, "-XX:ArchiveClassesAtExit=" + jsa, "-jar", jar.toString(), "minutes", "pdf",
                "--meeting", id, "--out", work.resolve("training.pdf").toString(), "--data", data.toString()), false);
        if (training.code == 0 && Files.exists(jsa)) {
            rows.add(cliRow("experiment: `minutes pdf` with AppCDS (`-XX:SharedArchiveFile`)",
                    List.of(java, "-XX:SharedArchiveFile=" + jsa, "-jar", jar.toString()),
                    List.of("minutes", "pdf", "--meeting", id, "--data", data.toString()), "cds", time, work));
            rows.add(cliRow("experiment: AppCDS + `-XX:TieredStopAtLevel=1 -XX:+UseSerialGC`",
                    List.of(java, "-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                            jar.toString()),
                    List.of("minutes", "pdf", "--meeting", id, "--data", data.toString()), "cds-c1", time, work));
        } else {
            line("(AppCDS experiment skipped: the training run failed: " + training.err.strip() + ")");
        }
        // What an installed app runs: the app-image's own launcher, jlinked runtime and class-data archive
        // (installer/build.sh app-image), when it has been built.
        Path launcher = Path.of(System.getProperty("bench.appImage", "target/installer/SoChiBo/bin/SoChiBo"))
                .toAbsolutePath();
        if (Files.isExecutable(launcher)) {
            List<String> image = List.of(launcher.toString());
            rows.add(cliRow("app-image: `SoChiBo --version`", image, List.of("--version"), null, time, work));
            rows.add(cliRow("app-image: `SoChiBo meetings list`", image,
                    List.of("meetings", "list", "--data", data.toString()), null, time, work));
            rows.add(cliRow("**app-image: `SoChiBo minutes pdf`**", image,
                    List.of("minutes", "pdf", "--meeting", id, "--data", data.toString()), "image", time, work));
        } else {
            line("(No app-image at " + launcher + ": `installer/build.sh app-image --skip-build` adds its rows.)");
        }
        cliTable(rows);
        Path sample = work.resolve("minutes-1.pdf");
        if (Files.exists(sample)) {
            line("The demo meeting's minutes PDF has " + pages(Files.readAllBytes(sample)) + " page(s).");
            line("");
        }
    }

    /** Runs {@code base + args [--out FILE]} once unmeasured and {@code cliRuns} times measured. */
    private String[] cliRow(String name, List<String> base, List<String> args, String outPrefix, boolean time, Path work)
            throws IOException, InterruptedException {
        double[] wall = new double[cliRuns];
        double[] rss = new double[cliRuns];
        for (int r = -1; r < cliRuns; r++) {
            List<String> cmd = new ArrayList<>(base);
            cmd.addAll(args);
            if (outPrefix != null) {
                cmd.add("--out");
                cmd.add(work.resolve(outPrefix + "-" + (r + 1) + ".pdf").toString());
            }
            Exec e = exec(cmd, time);
            if (e.code != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + e.out + e.err);
            }
            if (r >= 0) {
                wall[r] = e.wallMs;
                rss[r] = e.rssMiB;
            }
        }
        String key = name.contains("(e)") ? "(e)" : name.equals("experiment: `minutes pdf` with AppCDS (`-XX:SharedArchiveFile`)")
                ? "cds" : name;
        results.put(key, wall);
        results.put(key + " rss", rss);
        System.out.println("  " + name + ": wall " + stats(wall) + (time ? "; peak RSS " + stats(rss).replace(" ms", " MiB") : ""));
        double[] ws = sorted(wall);
        double[] rs = sorted(rss);
        return new String[] {name, fmt(ws[0]), fmt(percentile(ws, 50)), fmt(percentile(ws, 90)), fmt(ws[ws.length - 1]),
            time ? fmt(rs[0]) + " / " + fmt(percentile(rs, 50)) + " / " + fmt(rs[rs.length - 1]) : "n/a"};
    }

    private record Exec(int code, String out, String err, double wallMs, double rssMiB) {
    }

    private static Exec exec(List<String> command, boolean time) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (time) {
            cmd.add(TIME.toString());
            cmd.add("-v");
        }
        cmd.addAll(command);
        Path out = Files.createTempFile("sochibo-bench-", ".out");
        Path err = Files.createTempFile("sochibo-bench-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().remove("DISPLAY");
            builder.environment().remove("WAYLAND_DISPLAY");
            long t0 = System.nanoTime();
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            double wall = (System.nanoTime() - t0) / 1e6;
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            double rss = Double.NaN;
            Matcher m = MAX_RSS.matcher(stderr);
            if (m.find()) {
                rss = Long.parseLong(m.group(1)) / 1024.0;
            }
            return new Exec(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr, wall, rss);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    // ---- the yearly record books, on ten years of data ----

    /**
     * (f) The yearly minutes book on the large demo cell ({@code demo --members 60 --years 10}, generated here
     * or copied from {@code bench.data}): what "In sổ biên bản" costs, from the store to the PDF bytes
     * ({@code RecordBooks.write}). The first book in this JVM (iText's cold start included), then
     * {@code bench.bookRuns} warm ones rotating over the ten years; the resolutions book alike; and, when the jar
     * exists, the whole {@code book minutes} process.
     */
    private void book() throws IOException, InterruptedException {
        line("## (f) Yearly record books on ten years of data");
        line("");
        Path work = Files.createTempDirectory(outDir, "book-");
        Path folder = work.resolve("large");
        long t0 = System.nanoTime();
        String given = System.getProperty("bench.data", "");
        if (given.isBlank()) {
            try (vn.sochibo.application.common.AppServices services = vn.sochibo.app.Services.open(folder)) {
                services.demo().create(vn.sochibo.application.demo.DemoSize.LARGE);
            }
        } else {
            try (var files = Files.walk(Path.of(given))) {
                for (Path f : files.toList()) {
                    Path to = folder.resolve(Path.of(given).relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else if (!f.getFileName().toString().endsWith(".lock.db")) {
                        Files.copy(f, to);
                    }
                }
            }
        }
        double prepared = (System.nanoTime() - t0) / 1e6;
        int runs = Integer.getInteger("bench.bookRuns", 10);
        List<String[]> rows = new ArrayList<>();
        int lastYear;
        try (vn.sochibo.application.common.AppServices services = vn.sochibo.app.Services.open(folder)) {
            var books = services.books();
            List<Integer> years = new ArrayList<>(books.years());
            lastYear = years.get(0);
            // Full years only: the newest may be the current, partial one.
            List<Integer> full = years.size() > 1 ? years.subList(1, years.size()) : years;
            line("Data: " + services.members().all().size() + " members, " + services.meetings().summaries().size()
                    + " meetings over " + years.size() + " years, " + (given.isBlank() ? "generated" : "copied") + " in "
                    + fmt(prepared) + " ms; load average " + loadAverage() + ". " + runs
                    + " warm runs rotate over the full years " + full.get(full.size() - 1) + "–" + full.get(0) + ".");
            line("");
            for (vn.sochibo.application.book.RecordBooks.Kind kind : vn.sochibo.application.book.RecordBooks.Kind
                    .values()) {
                String name = kind == vn.sochibo.application.book.RecordBooks.Kind.MINUTES ? "minutes book"
                        : "resolutions book";
                int[] pages = new int[runs + 1];
                long[] sizes = new long[runs + 1];
                double[] ms = new double[runs];
                double first = 0;
                for (int r = -1; r < runs; r++) {
                    int year = full.get((r + 1) % full.size());
                    ByteArrayOutputStream out = new ByteArrayOutputStream(4 * 1024 * 1024);
                    long s0 = System.nanoTime();
                    var written = books.write(kind, vn.sochibo.application.book.RecordBooks.year(year), out);
                    double took = (System.nanoTime() - s0) / 1e6;
                    if (r < 0) {
                        first = took;
                    } else {
                        ms[r] = took;
                    }
                    pages[r + 1] = written.pages().pageCount();
                    sizes[r + 1] = out.size();
                    sink += out.size();
                }
                results.put("(f) " + name, ms);
                double[] s = sorted(ms);
                int minPages = Arrays.stream(pages).min().orElse(0);
                int maxPages = Arrays.stream(pages).max().orElse(0);
                long avgKiB = Arrays.stream(sizes).sum() / sizes.length / 1024;
                System.out.println("  (f) " + name + ": first " + fmt(first) + " ms, warm " + stats(ms));
                rows.add(new String[] {"**(f) yearly " + name + "**", minPages + "–" + maxPages, avgKiB + " KiB",
                    fmt(first), fmt(s[0]), fmt(percentile(s, 50)), fmt(percentile(s, 90)), fmt(s[s.length - 1])});
            }
        }
        line("| case | pages | PDF size (mean) | first in JVM ms | min ms | median ms | p90 ms | max ms |");
        line("|---|---|---|---|---|---|---|---|");
        rows.forEach(r -> line("| " + String.join(" | ", r) + " |"));
        line("");
        Path jar = Path.of(System.getProperty("sochibo.jar", "target/sochibo.jar")).toAbsolutePath();
        if (Files.exists(jar)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            boolean time = Files.isExecutable(TIME);
            String[] row = cliRow("(f) `java -jar sochibo.jar book minutes --year " + (lastYear - 1) + "`",
                    List.of(java, "-jar", jar.toString()),
                    List.of("book", "minutes", "--year", Integer.toString(lastYear - 1), "--data", folder.toString()),
                    "book", time, work);
            cliTable(List.<String[]>of(row));
            results.put("(f) cli", results.get(row[0]));
        } else {
            line("(No jar at " + jar + ": the whole-process row of `book minutes` is left out.)");
            line("");
        }
    }

    // ---- targets ----

    private void targets() {
        line("## Targets");
        line("");
        line("| target | measured (median; worst) | met? |");
        line("|---|---|---|");
        double[] a = results.get("(a)");
        if (a != null) {
            double[] s = sorted(a);
            line("| minutes PDF, 3 pages, warm < 30 ms | " + fmt(percentile(s, 50)) + " ms; p90 " + fmt(percentile(s, 90))
                    + " ms | " + (percentile(s, 50) < 30 ? "yes" + (percentile(s, 90) < 30 ? "" : " (median; not p90)")
                            : "**no**") + " |");
        }
        bookTarget();
        double[] e = results.get("(e)");
        if (e != null) {
            double[] s = sorted(e);
            line("| CLI `minutes pdf` whole process < 0.7 s (LibreOffice: 0.72 s) | " + fmt(percentile(s, 50))
                    + " ms; max " + fmt(s[s.length - 1]) + " ms | " + (percentile(s, 50) < 700 ? "yes" : "**no**") + " |");
            double[] r = sorted(results.get("(e) rss"));
            if (Double.isNaN(r[0])) {
                line("| CLI `minutes pdf` peak RSS < 200 MiB (LibreOffice: 209 MiB) | n/a | n/a |");
            } else {
                line("| CLI `minutes pdf` peak RSS < 200 MiB (LibreOffice: 209 MiB) | " + fmt(percentile(r, 50))
                        + " MiB; max " + fmt(r[r.length - 1]) + " MiB | " + (r[r.length - 1] < 200 ? "yes" : "**no**")
                        + " |");
            }
        }
    }

    private void bookTarget() {
        double[] f = results.get("(f) minutes book");
        if (f != null) {
            double[] s = sorted(f);
            line("| yearly minutes book (ten-year demo) < 3 s | " + fmt(percentile(s, 50)) + " ms; max "
                    + fmt(s[s.length - 1]) + " ms | " + (s[s.length - 1] < 3000 ? "yes" : "**no**") + " |");
        }
    }

    // ---- statistics and output ----

    private static double[] sorted(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String stats(double[] ms) {
        double[] s = sorted(ms);
        return "min " + fmt(s[0]) + " / median " + fmt(percentile(s, 50)) + " / p90 " + fmt(percentile(s, 90))
                + " / max " + fmt(s[s.length - 1]) + " ms";
    }

    private static String[] statsRow(String name, double[] ms) {
        double[] s = sorted(ms);
        return new String[] {name, fmt(s[0]), fmt(percentile(s, 50)), fmt(percentile(s, 90)), fmt(s[s.length - 1])};
    }

    private static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }

    private void table(List<String> extraHeaders, List<String[]> rows) {
        List<String> headers = new ArrayList<>(List.of("case"));
        headers.addAll(extraHeaders.subList(1, extraHeaders.size()));
        headers.addAll(List.of("min ms", "median ms", "p90 ms", "max ms"));
        line("| " + String.join(" | ", headers) + " |");
        line("|" + "---|".repeat(headers.size()));
        for (String[] row : rows) {
            double[] s = sorted(results.get(row[0].substring(0, 3)));
            List<String> cells = new ArrayList<>(Arrays.asList(row));
            cells.addAll(List.of(fmt(s[0]), fmt(percentile(s, 50)), fmt(percentile(s, 90)), fmt(s[s.length - 1])));
            line("| " + String.join(" | ", cells) + " |");
        }
        line("");
    }

    private void statsTable(List<String[]> rows) {
        line("| step | min ms | median ms | p90 ms | max ms |");
        line("|---|---|---|---|---|");
        rows.forEach(r -> line("| " + String.join(" | ", r) + " |"));
        line("");
    }

    private void cliTable(List<String[]> rows) {
        line("| command | min ms | median ms | p90 ms | max ms | peak RSS MiB min / median / max |");
        line("|---|---|---|---|---|---|");
        rows.forEach(r -> line("| " + String.join(" | ", r) + " |"));
        line("");
    }

    private void line(String s) {
        report.append(s).append('\n');
        System.out.println(s);
    }
}
