package vn.sochibo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged target/sochibo.jar runs with plain {@code java -jar}, headless (no DISPLAY), with its
 * dependencies beside it in lib/.
 */
class PackagedJarIT {
    @TempDir
    Path temp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("sochibo.jar", "target/sochibo.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsochibo.logDir=" + temp.resolve("logs"), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("sochibo.jar " + String.join(" ", args) + " did not finish in 60 s");
        }
        return new Run(process.exitValue(), Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpRunWithoutADisplay() throws Exception {
        Run version = run("--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("Sổ Chi Bộ ");

        Run help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Cách dùng:", "demo", "export", "import", "members");
    }

    @Test
    void demoThenInfoOnAFreshDataFolder() throws Exception {
        String data = temp.resolve("data").toString();
        Run demo = run("demo", "--data", data);
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Chi bộ Thôn Tân Hòa");

        Run info = run("info", "--data", data);
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("Dự bị: 3", "Chính thức: 17");
        assertThat(temp.resolve("data").resolve("sochibo.mv.db")).exists();

        // The log goes to its file (LogConfigurator, no XML), never into the command's output.
        String log = Files.readString(temp.resolve("logs").resolve("sochibo.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("INFO", "Opened data folder " + data);
        assertThat(info.out() + info.err()).doesNotContain("INFO", "Opened data folder");
    }

    @Test
    void aSecondProcessOnTheSameFolderIsToldItIsInUse() throws Exception {
        String data = temp.resolve("data").toString();
        run("demo", "--data", data);
        // Hold the folder lock from this test's JVM, as an open window would.
        try (var channel = java.nio.channels.FileChannel.open(temp.resolve("data").resolve("sochibo.lock"),
                java.nio.file.StandardOpenOption.WRITE); var lock = channel.lock()) {
            Run info = run("info", "--data", data);
            assertThat(info.code()).isEqualTo(1);
            assertThat(info.err()).contains("đang được mở");
        }
    }
}
