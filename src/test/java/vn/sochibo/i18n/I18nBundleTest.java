package vn.sochibo.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sochibo.application.settings.SettingsService;

/**
 * Every bundle under src/main/resources/i18n (messages, ui, cli, and any translation such as messages_en):
 * no key the code names is missing, no key is left unused, every text is NFC, translations have exactly the
 * keys of their default bundle, and MessageFormat texts parse.
 *
 * <p>The sources are read as text. A key is "named by the code" when a string literal in Java (or a
 * {@code %key} in FXML) is shaped like a key and starts with a namespace that bundle keys use. A bundle key
 * counts as used when it occurs whole in a Java, FXML or CSS file, or when it is a prefix literal ending in
 * "." followed by an enum constant of the app or by another string literal of the code (e.g. "field." +
 * "fullName").
 */
class I18nBundleTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("src/main/resources"));
    private static final Set<String> SOURCE_EXTENSIONS = Set.of(".java", ".fxml", ".css");

    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+");
    private static final Pattern PREFIX_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.");
    private static final Pattern FXML_KEY = Pattern.compile("%([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.\\-]+");
    /** {@code "cell.committeeMemberIds", "exchange.error.notArray"}: a field path given before a message key. */
    private static final Pattern FIELD_BEFORE_KEY = Pattern.compile(
            "\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"\\s*,\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern LOCALE_SUFFIX = Pattern.compile("^(.+?)((?:_[a-z]{2,3})(?:_[A-Z]{2})?)?$");

    /** The picocli bundle: its headings and command descriptions are found by picocli's naming conventions. */
    private static final String PICOCLI_FAMILY = "cli";
    private static final Pattern PICOCLI_HEADING = Pattern.compile("usage\\.[A-Za-z]+|mixinStandardHelpOptions\\.[a-z]+|help|version");
    private static final Pattern PICOCLI_COMMAND = Pattern.compile("((?:[a-z][a-z0-9-]*\\.)*[a-z][a-z0-9-]*)\\.usage\\.description");

    /**
     * Known exceptions, reported to their owner: keys defined but not yet used by any code. Remove a key from
     * here once the code uses it, or delete it from the bundle.
     */
    private static final Set<String> KNOWN_UNUSED = Set.of();

    /** One bundle file: family "messages", locale "" (the Vietnamese default) or "_en". */
    record Bundle(String family, String locale, Path file, Map<String, String> entries) {
        String name() {
            return family + locale + ".properties";
        }

        boolean isDefault() {
            return locale.isEmpty();
        }
    }

    private static List<Bundle> bundles;
    private static Map<String, Path> sourceTexts;
    private static Set<String> literals;
    private static Set<String> keyLiterals;
    private static Set<String> prefixLiterals;
    private static Set<String> tokens;
    private static Set<String> fieldsBeforeKeys;
    private static Map<String, Set<String>> enumConstants;

    @BeforeAll
    static void readBundlesAndSources() throws IOException, URISyntaxException {
        bundles = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
                String base = file.getFileName().toString().replaceFirst("\\.properties$", "");
                Matcher m = LOCALE_SUFFIX.matcher(base);
                m.matches();
                bundles.add(new Bundle(m.group(1), m.group(2) == null ? "" : m.group(2), file, load(file)));
            }
        }

        literals = new TreeSet<>();
        keyLiterals = new TreeSet<>();
        prefixLiterals = new TreeSet<>();
        tokens = new HashSet<>();
        sourceTexts = new TreeMap<>();
        Map<String, String> fieldBeforeKey = new TreeMap<>();
        for (Path root : SOURCE_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(I18nBundleTest::isSource).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    sourceTexts.put(text, file);
                    Matcher literal = STRING_LITERAL.matcher(text);
                    while (literal.find()) {
                        String value = literal.group(1);
                        literals.add(value);
                        if (KEY_SHAPE.matcher(value).matches()) {
                            keyLiterals.add(value);
                        } else if (PREFIX_SHAPE.matcher(value).matches()) {
                            prefixLiterals.add(value);
                        }
                    }
                    if (file.toString().endsWith(".fxml")) {
                        Matcher fxml = FXML_KEY.matcher(text);
                        while (fxml.find()) {
                            keyLiterals.add(fxml.group(1));
                        }
                    }
                    Matcher pair = FIELD_BEFORE_KEY.matcher(text);
                    while (pair.find()) {
                        fieldBeforeKey.put(pair.group(1), pair.group(2));
                    }
                    Matcher token = TOKEN.matcher(text);
                    while (token.find()) {
                        tokens.add(token.group());
                    }
                }
            }
        }
        enumConstants = enumConstantsOfTheApp();
        Set<String> keys = allKeys();
        fieldsBeforeKeys = fieldBeforeKey.entrySet().stream().filter(e -> keys.contains(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return SOURCE_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> entries = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> entries.put(k, properties.getProperty(k)));
        return entries;
    }

    /** Enum classes of the app (simple binary name → constant names), read without initialising them. */
    private static Map<String, Set<String>> enumConstantsOfTheApp() throws IOException, URISyntaxException {
        Path classes = Path.of(SettingsService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Set<String>> enums = new TreeMap<>();
        ClassLoader loader = I18nBundleTest.class.getClassLoader();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    if (type.isEnum()) {
                        Set<String> constants = new TreeSet<>();
                        for (Field field : type.getDeclaredFields()) {
                            if (field.isEnumConstant()) {
                                constants.add(field.getName());
                            }
                        }
                        enums.put(name, constants);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // Not loadable on its own (for example needs a library missing here): cannot be an enum we
                    // build keys from, since the code that uses it would not load either.
                }
            }
        }
        return enums;
    }

    private static List<Bundle> defaults() {
        return bundles.stream().filter(Bundle::isDefault).toList();
    }

    private static boolean isPicocliConvention(Bundle bundle, String key) {
        if (!bundle.family().equals(PICOCLI_FAMILY)) {
            return false;
        }
        if (PICOCLI_HEADING.matcher(key).matches()) {
            return true;
        }
        Matcher command = PICOCLI_COMMAND.matcher(key);
        // "sochibo.members.import-csv.usage.description": every command name on the path is named in the code.
        return command.matches() && Stream.of(command.group(1).split("\\.")).allMatch(literals::contains);
    }

    /** First segments of the keys of every bundle: a literal starting with one of them is taken for a key. */
    private static Set<String> namespaces() {
        Set<String> namespaces = new TreeSet<>();
        for (Bundle bundle : defaults()) {
            bundle.entries().keySet().stream().filter(k -> !isPicocliConvention(bundle, k))
                    .map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.')))
                    .forEach(namespaces::add);
        }
        return namespaces;
    }

    private static Set<String> allKeys() {
        return defaults().stream().flatMap(b -> b.entries().keySet().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Literals shaped like keys that name other things: the keys of stored settings, and field paths given
     * right before a message key (as in {@code Problem.of("cell.committeeMemberIds", "exchange.error.notArray")}).
     */
    private static Set<String> notBundleKeys() throws IllegalAccessException {
        Set<String> names = new TreeSet<>(fieldsBeforeKeys);
        for (Field field : SettingsService.class.getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static String where(String literal) {
        Pattern quoted = Pattern.compile("[\"%]" + Pattern.quote(literal) + "\"");
        return sourceTexts.entrySet().stream().filter(e -> quoted.matcher(e.getKey()).find())
                .map(e -> e.getValue().toString()).sorted().findFirst().orElse("?");
    }

    @Test
    void theBundlesAreFound() {
        assertThat(defaults()).extracting(Bundle::family).contains("messages");
        assertThat(bundles).allSatisfy(b -> assertThat(b.entries()).as(b.name()).isNotEmpty());
        assertThat(keyLiterals).contains("member.error.nameRequired");
        assertThat(enumConstants).containsKey("vn.sochibo.domain.member.MemberStatus");
        // The enum behind "member.status." + status.name() is found, so a new status without a text would fail.
        assertThat(prefixLiterals).contains("member.status.");
        assertThat(enumBehind(suffixesUnder("member.status.", allKeys())))
                .contains(enumConstants.get("vn.sochibo.domain.member.MemberStatus"));
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IllegalAccessException {
        Set<String> namespaces = namespaces();
        Set<String> keys = allKeys();
        Set<String> notKeys = notBundleKeys();
        Map<String, String> missing = new TreeMap<>();
        for (String literal : keyLiterals) {
            String namespace = literal.substring(0, literal.indexOf('.'));
            if (namespaces.contains(namespace) && !keys.contains(literal) && !notKeys.contains(literal)) {
                missing.put(literal, where(literal));
            }
        }
        assertThat(missing).as("keys named in the code but missing from every bundle (key=file)").isEmpty();
    }

    @Test
    void everyKeyBuiltFromAPrefixAndAnEnumExistsForEveryConstant() {
        Set<String> keys = allKeys();
        Set<String> namespaces = namespaces();
        Map<String, Set<String>> missing = new TreeMap<>();
        for (String prefix : prefixLiterals) {
            if (!namespaces.contains(prefix.substring(0, prefix.indexOf('.')))) {
                continue;
            }
            Set<String> suffixes = suffixesUnder(prefix, keys);
            enumBehind(suffixes).ifPresent(constants -> constants.stream().filter(c -> !suffixes.contains(c))
                    .forEach(c -> missing.computeIfAbsent(prefix, p -> new TreeSet<>()).add(prefix + c)));
        }
        assertThat(missing).as("keys built as prefix + enum constant that are missing for some constants").isEmpty();
    }

    private static Set<String> suffixesUnder(String prefix, Set<String> keys) {
        return keys.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .filter(s -> !s.isEmpty() && !s.contains(".")).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The constants of the enum that keys with these suffixes are made from: the enum they cover most, if they
     * cover at least half of it (so that a name shared by chance does not count).
     */
    private static Optional<Set<String>> enumBehind(Set<String> suffixes) {
        return enumConstants.values().stream()
                .filter(constants -> constants.stream().anyMatch(suffixes::contains))
                .filter(constants -> constants.stream().filter(suffixes::contains).count() * 2 >= constants.size())
                .max(Comparator.<Set<String>>comparingLong(c -> c.stream().filter(suffixes::contains).count())
                        .thenComparingLong(c -> -c.stream().filter(s -> !suffixes.contains(s)).count()));
    }

    @Test
    void everyKeyInTheBundlesIsUsed() {
        Map<String, Set<String>> unused = new TreeMap<>();
        for (Bundle bundle : defaults()) {
            for (String key : bundle.entries().keySet()) {
                if (!tokens.contains(key) && !isPicocliConvention(bundle, key) && !isBuiltFromPrefix(key)
                        && !KNOWN_UNUSED.contains(key)) {
                    unused.computeIfAbsent(bundle.name(), b -> new TreeSet<>()).add(key);
                }
            }
        }
        assertThat(unused).as("keys no Java, FXML or CSS file uses, by bundle").isEmpty();
    }

    private static boolean isBuiltFromPrefix(String key) {
        for (String prefix : prefixLiterals) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length());
                if (!rest.isEmpty() && !rest.contains(".") && (literals.contains(rest)
                        || enumConstants.values().stream().anyMatch(constants -> constants.contains(rest)))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void everyTextIsNfc() {
        Map<String, String> notNfc = new TreeMap<>();
        for (Bundle bundle : bundles) {
            bundle.entries().forEach((key, value) -> {
                if (!Normalizer.isNormalized(key, Normalizer.Form.NFC) || !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
                    notNfc.put(bundle.name() + ": " + key, value);
                }
            });
        }
        assertThat(notNfc).as("texts not in NFC (decomposed marks print misplaced in PDFs)").isEmpty();
    }

    @Test
    void translationsHaveExactlyTheKeysOfTheirDefaultBundle() {
        Map<String, String> differences = new LinkedHashMap<>();
        for (Bundle translation : bundles.stream().filter(b -> !b.isDefault()).toList()) {
            Bundle base = defaults().stream().filter(b -> b.family().equals(translation.family())).findFirst()
                    .orElse(null);
            if (base == null) {
                differences.put(translation.name(), "has no default bundle " + translation.family() + ".properties");
                continue;
            }
            Set<String> missing = new TreeSet<>(base.entries().keySet());
            missing.removeAll(translation.entries().keySet());
            Set<String> extra = new TreeSet<>(translation.entries().keySet());
            extra.removeAll(base.entries().keySet());
            if (!missing.isEmpty() || !extra.isEmpty()) {
                differences.put(translation.name(), "missing " + missing + ", not in the default " + extra);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInOneFile() throws IOException {
        Map<String, Set<String>> repeated = new TreeMap<>();
        for (Bundle bundle : bundles) {
            Set<String> seen = new HashSet<>();
            boolean continued = false;
            for (String line : Files.readAllLines(bundle.file(), StandardCharsets.UTF_8)) {
                String trimmed = line.stripLeading();
                boolean comment = !continued && (trimmed.startsWith("#") || trimmed.startsWith("!"));
                if (!continued && !comment && !trimmed.isEmpty()) {
                    Properties one = new Properties();
                    one.load(new StringReader(trimmed.replaceAll("\\\\$", "")));
                    for (String key : one.stringPropertyNames()) {
                        if (!seen.add(key)) {
                            repeated.computeIfAbsent(bundle.name(), b -> new TreeSet<>()).add(key);
                        }
                    }
                }
                continued = !comment && endsWithOddBackslashes(line);
            }
        }
        assertThat(repeated).as("keys defined twice: the later silently wins").isEmpty();
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    @Test
    void messageFormatTextsParseAndKeepEveryPlaceholder() {
        Pattern placeholder = Pattern.compile("\\{\\d");
        Map<String, String> broken = new TreeMap<>();
        for (Bundle bundle : bundles) {
            if (bundle.family().equals(PICOCLI_FAMILY)) {
                continue; // picocli texts use %n and ${…}, not MessageFormat
            }
            bundle.entries().forEach((key, value) -> {
                try {
                    int written = (int) placeholder.matcher(value).results().count();
                    int parsed = new MessageFormat(value).getFormats().length;
                    if (parsed != written) {
                        // A straight apostrophe quotes everything after it, placeholders included.
                        broken.put(bundle.name() + ": " + key, value + " (" + written + " placeholders written, "
                                + parsed + " seen by MessageFormat)");
                    }
                } catch (IllegalArgumentException e) {
                    broken.put(bundle.name() + ": " + key, value + " (" + e.getMessage() + ")");
                }
            });
        }
        assertThat(broken).as("texts that are not valid MessageFormat patterns").isEmpty();
    }
}
