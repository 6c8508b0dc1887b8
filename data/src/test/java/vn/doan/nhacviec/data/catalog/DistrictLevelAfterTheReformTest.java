package vn.doan.nhacviec.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.doan.nhacviec.data.unit.Level;

/**
 * Since 1 July 2025 there is no district tier: every obligation the seeds give to the district
 * level ("Huyện đoàn") says in the catalogue, right above its assignee, how it maps now (to the
 * commune or the provincial level) and why.
 */
class DistrictLevelAfterTheReformTest {

    static final Path CATALOG = Path.of("../config/catalog");
    static final Pattern MAPPING = Pattern.compile("    # 2025 reform \\(no district tier\\) → ((?:tinh|co_so)(?:, (?:tinh|co_so))*): (.+)\\.");

    record Block(String file, String code, List<String> lines) {
    }

    @Test
    void everyDistrictLevelDutySaysHowItMapsNowAndWhy() throws IOException {
        List<Block> district = blocks().stream().filter(b -> b.lines().stream().anyMatch(l -> l.matches("      levels: \\[.*\\bhuyen\\b.*]"))).toList();
        assertThat(district).as("the seeds give duties to the district level").hasSizeGreaterThan(30);
        for (Block block : district) {
            List<Matcher> mappings = block.lines().stream().map(MAPPING::matcher).filter(Matcher::matches).toList();
            assertThat(mappings).as("%s %s says how it maps since 2025", block.file(), block.code()).hasSize(1);
            Matcher mapping = mappings.get(0);
            assertThat(mapping.group(1).split(", ")).allSatisfy(level -> assertThat(Level.fromCode(level)).isIn(Level.TINH, Level.CO_SO));
            assertThat(mapping.group(2)).as("%s: the reason", block.code()).hasSizeGreaterThan(40);
        }
    }

    @Test
    void noOtherDutyCarriesAMapping() throws IOException {
        assertThat(blocks()).filteredOn(b -> b.lines().stream().noneMatch(l -> l.matches("      levels: \\[.*\\bhuyen\\b.*]")))
                .allSatisfy(b -> assertThat(b.lines()).as(b.code()).noneMatch(l -> l.contains("2025 reform")));
    }

    private static List<Block> blocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        try (Stream<Path> files = Files.list(CATALOG)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                Block current = null;
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("  - code: ")) {
                        current = new Block(file.getFileName().toString(), line.substring(10).strip(), new ArrayList<>());
                        blocks.add(current);
                    } else if (current != null) {
                        current.lines().add(line);
                    }
                }
            }
        }
        return blocks;
    }
}
