package vn.doan.nhacviec.bot.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text exists in Vietnamese and in English: every bundle's Vietnamese and English files hold the same keys, with the same placeholders; the
 * channel variants ({@code messages_vi__typed.properties}, see {@link Messages}) only reword keys of
 * their language's base file, keep its placeholders, and reword the same keys in both languages.
 */
class BundleSyncTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** The base files of every module's bundles ({@code <module>/src/main/resources/i18n/<name>.properties}). */
    static Stream<Path> bundles() throws IOException {
        List<Path> found = new java.util.ArrayList<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path i18n : modules.map(module -> module.resolve("src/main/resources/i18n")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(i18n)) {
                    files.filter(p -> p.getFileName().toString().matches("[a-z]+\\.properties")).forEach(found::add);
                }
            }
        }
        return found.stream().sorted();
    }

    @Test
    void theBundlesAreFound() throws IOException {
        assertThat(bundles().map(p -> p.normalize().toString())).contains(Path.of("../bot/src/main/resources/i18n/messages.properties").normalize().toString());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishHasTheSameKeysAndPlaceholders(Path vietnamese) throws IOException {
        Path english = vietnamese.resolveSibling(vietnamese.getFileName().toString().replace(".properties", "_en.properties"));
        Properties vi = load(vietnamese);
        Properties en = load(english);
        assertThat(new TreeSet<>(en.stringPropertyNames())).as(english.toString()).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
        for (String key : vi.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(vi.getProperty(key)));
        }
    }

    static Stream<Path> variants() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z]+_(vi|en)__[a-z_]+\\.properties")).toList().stream();
        }
    }

    @Test
    void thereAreChannelVariants() throws IOException {
        assertThat(variants().map(p -> p.getFileName().toString())).contains("messages_vi__typed.properties",
                "messages_en__typed.properties", "messages_vi__typed_group.properties", "messages_en__typed_group.properties");
    }

    @ParameterizedTest
    @MethodSource("variants")
    void aVariantOnlyRewordsKeysOfItsBaseWithTheSamePlaceholders(Path variant) throws IOException {
        String name = variant.getFileName().toString();
        String language = name.replaceAll("^[a-z]+_(vi|en)__.*$", "$1");
        String bundle = name.substring(0, name.indexOf('_'));
        Path base = variant.resolveSibling(language.equals("vi") ? bundle + ".properties" : bundle + "_en.properties");
        Properties reworded = load(variant);
        Properties original = load(base);
        assertThat(reworded.stringPropertyNames()).as(name + " rewords some keys").isNotEmpty();
        assertThat(original.stringPropertyNames()).as(name + " may only reword keys of " + base.getFileName())
                .containsAll(reworded.stringPropertyNames());
        for (String key : reworded.stringPropertyNames()) {
            assertThat(placeholders(reworded.getProperty(key))).as(name + " " + key).isEqualTo(placeholders(original.getProperty(key)));
        }
        Path otherLanguage = variant.resolveSibling(language.equals("vi") ? name.replace("_vi__", "_en__") : name.replace("_en__", "_vi__"));
        assertThat(new TreeSet<>(load(otherLanguage).stringPropertyNames())).as(name + " and " + otherLanguage.getFileName())
                .isEqualTo(new TreeSet<>(reworded.stringPropertyNames()));
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> placeholders(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        TreeSet<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return List.copyOf(found);
    }
}
