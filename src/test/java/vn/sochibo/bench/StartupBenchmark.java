package vn.sochibo.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold start of the window, as a user sees it: a fresh process on a copy of a data folder, on a virtual display
 * (Xvfb), until the app logs "Main window shown N ms after the process started" (logged after the first frame),
 * then the resident size with the data open, and again after opening the meetings area (Ctrl+2, by xdotool).
 * Each run gets its own copy of the folder and is killed afterwards, so no run sees another's backups or caches
 * beyond the OS's file cache (the first, unmeasured run warms that).
 *
 * <p>Run by the {@code bench} profile (docs/performance.md). Properties: {@code sochibo.jar}, {@code bench.appImage}
 * (its launcher is measured too when it exists), {@code bench.data} (a data folder to copy; default: a demo cell
 * made with the jar's {@code demo}), {@code bench.startRuns} (5), {@code bench.outDir}. Needs {@code Xvfb} (and
 * {@code xdotool} for the second RSS figure) unless {@code DISPLAY} is set.
 */
public final class StartupBenchmark {
    private static final Pattern SHOWN = Pattern.compile("Main window shown (\\d+) ms after the process started");
    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final Path outDir = Path.of(System.getProperty("bench.outDir", "target/bench")).toAbsolutePath();
    private final int runs = Integer.getInteger("bench.startRuns", 5);
    private final StringBuilder report = new StringBuilder();
    private String display;
    private Process xvfb;

    public static void main(String[] args) throws Exception {
        new StartupBenchmark().run();
    }

    private void run() throws Exception {
        Files.createDirectories(outDir);
        Path jar = Path.of(System.getProperty("sochibo.jar", "target/sochibo.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            System.out.println("jar not found at " + jar + ": run `mvn package` first. Start-up benchmark skipped.");
            return;
        }
        if (!startDisplay()) {
            System.out.println("No DISPLAY and no Xvfb (apt-get install xvfb): start-up benchmark skipped.");
            return;
        }
        try {
            Path work = Files.createTempDirectory(outDir, "start-");
            Path template = template(jar, work);
            line("# Start-up benchmark, " + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            line("");
            line("Data: `" + template + "` (" + size(template) / 1024 + " KiB); " + runs + " measured runs after one "
                    + "unmeasured; load average at start: " + loadAverage() + ".");
            line("");
            line("| launcher | shown after, ms: min / median / max | RSS with the window open, MiB: min / median / max "
                    + "| RSS after opening the meetings area, MiB: median / max |");
            line("|---|---|---|---|");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            measure("`java -jar sochibo.jar`", List.of(java, "-jar", jar.toString()), template, work, false);
            Path launcher = Path.of(System.getProperty("bench.appImage", "target/installer/SoChiBo/bin/SoChiBo"));
            if (Files.isExecutable(launcher)) {
                measure("app-image `bin/SoChiBo`", List.of(launcher.toAbsolutePath().toString()), template, work, true);
            }
            line("");
            line("load average at the end: " + loadAverage());
            Path file = outDir.resolve("startup-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(ZonedDateTime.now()) + ".md");
            Files.writeString(file, report, StandardCharsets.UTF_8);
            System.out.println("(written to " + file + ")");
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private boolean startDisplay() throws IOException, InterruptedException {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            display = existing;
            return true;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            return false;
        }
        display = ":97";
        xvfb = new ProcessBuilder("/usr/bin/Xvfb", display, "-screen", "0", "1400x900x24")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1000);
        return xvfb.isAlive();
    }

    /** The folder each run copies: {@code bench.data}, or a demo cell made now. */
    private static Path template(Path jar, Path work) throws IOException, InterruptedException {
        String given = System.getProperty("bench.data", "");
        if (!given.isBlank()) {
            return Path.of(given).toAbsolutePath();
        }
        Path demo = work.resolve("demo");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), "demo", "--data", demo.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("demo failed");
        }
        return demo;
    }

    private void measure(String name, List<String> launch, Path template, Path work, boolean viaToolOptions)
            throws IOException, InterruptedException {
        double[] shown = new double[runs];
        double[] rss = new double[runs];
        double[] rssMeetings = new double[runs];
        for (int r = -1; r < runs; r++) {
            Path data = work.resolve("run-" + System.nanoTime());
            copy(template, data);
            Path logs = data.resolve("logs");
            // Logs and the data folder: JVM properties for java -jar; through JAVA_TOOL_OPTIONS for a launcher.
            String props = "-Dsochibo.data=" + data + " -Dsochibo.logDir=" + logs;
            List<String> command = new ArrayList<>();
            command.add(launch.get(0));
            if (!viaToolOptions) {
                command.addAll(Arrays.asList(props.split(" ")));
            }
            command.addAll(launch.subList(1, launch.size()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("DISPLAY", display);
            if (viaToolOptions) {
                builder.environment().put("JAVA_TOOL_OPTIONS", props);
            }
            Process p = builder.start();
            try {
                long ms = waitForShown(logs.resolve("sochibo.log"), p);
                Thread.sleep(3000);
                double open = rssMiB(p.pid());
                double meetings = Double.NaN;
                if (Files.isExecutable(Path.of("/usr/bin/xdotool"))) {
                    xdotool("key", "ctrl+2");
                    Thread.sleep(3000);
                    meetings = rssMiB(p.pid());
                }
                if (r >= 0) {
                    shown[r] = ms;
                    rss[r] = open;
                    rssMeetings[r] = meetings;
                }
            } finally {
                p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        Arrays.sort(shown);
        Arrays.sort(rss);
        Arrays.sort(rssMeetings);
        String row = "| " + name + " | " + fmt(shown[0]) + " / " + fmt(median(shown)) + " / " + fmt(shown[runs - 1])
                + " | " + fmt(rss[0]) + " / " + fmt(median(rss)) + " / " + fmt(rss[runs - 1]) + " | "
                + fmt(median(rssMeetings)) + " / " + fmt(rssMeetings[runs - 1]) + " |";
        line(row);
    }

    private void xdotool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("/usr/bin/xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        b.environment().put("DISPLAY", display);
        b.start().waitFor(10, TimeUnit.SECONDS);
    }

    private static long waitForShown(Path log, Process p) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("the app ended before showing its window (exit " + p.exitValue() + ")");
            }
            if (Files.exists(log)) {
                Matcher m = SHOWN.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no 'Main window shown' in " + log + " after 120 s");
    }

    private static double rssMiB(long pid) throws IOException {
        Matcher m = VM_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
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

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static double median(double[] sorted) {
        return sorted[(sorted.length - 1) / 2];
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f", v);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    private void line(String s) {
        report.append(s).append('\n');
        System.out.println(s);
    }
}
