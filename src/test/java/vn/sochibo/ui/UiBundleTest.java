package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.sochibo.ui.common.UiText;

/** Every screen text the UI code names exists in i18n/ui.properties, and every text there is used. */
class UiBundleTest {
    private static final Path SOURCES = Path.of("src/main/java/vn/sochibo");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    private static Set<String> bundleKeys() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/ui.properties"),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** String literals shaped like bundle keys in the UI code (ui packages and the JavaFX application). */
    private static Set<String> keyLiteralsInUiCode() throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(SOURCES.resolve("ui")),
                Stream.of(SOURCES.resolve("app/SoChiBoApp.java")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        return literals;
    }

    @Test
    void everyKeyTheUiNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>(keyLiteralsInUiCode());
        missing.removeAll(bundleKeys());
        // Literals that are not screen texts: message keys of i18n/messages, names of bundles, and the app's
        // system properties (sochibo.data, sochibo.exitWhenShown).
        missing.removeIf(k -> k.startsWith("member.") || k.equals("app.name") || k.equals("i18n.ui")
                || k.startsWith("sochibo."));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Set<String> unused = bundleKeys();
        unused.removeAll(keyLiteralsInUiCode());
        assertThat(unused).isEmpty();
    }

    @Test
    void theVietnameseTextsLoadWithoutFallingBackToTheSystemLanguage() {
        UiText text = UiText.vietnamese();
        assertThat(text.text("nav.members")).isEqualTo("Đảng viên");
        assertThat(text.plain("members.add")).isEqualTo("Thêm đảng viên…");
        assertThat(text.format("members.count.filtered", 1, 3)).isEqualTo("Tìm thấy 1 trong 3 đảng viên");
        assertThat(text.text("no.such.key")).isEqualTo("!no.such.key!");
    }
}
