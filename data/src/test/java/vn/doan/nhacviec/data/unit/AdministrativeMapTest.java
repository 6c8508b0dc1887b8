package vn.doan.nhacviec.data.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.TestDatabase;

/** The shipped 2025 map: what it holds, and that its rows pass the admins' unit import. */
class AdministrativeMapTest {

    static final Path MAP = Path.of("../config/map/vn-units-2026.json");

    @TempDir
    Path dir;
    TestDatabase db;
    UnitRepository units;
    UnitCsvImporter importer;

    @BeforeEach
    void open() {
        db = TestDatabase.open(dir);
        units = new UnitRepository(db.jdbc(), db.clock());
        importer = new UnitCsvImporter(units, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theMapHasThe34ProvincesAnd3321CommunesAndTravelsWithItsLicence() throws Exception {
        AdministrativeMap map = AdministrativeMap.read(MAP);
        assertThat(map.provinces()).hasSize(34);
        assertThat(map.communeCount()).isEqualTo(3_321);
        assertThat(map.province("01").orElseThrow().unionName()).isEqualTo("Thành đoàn Hà Nội");
        AdministrativeMap.Province anGiang = map.province("91").orElseThrow();
        assertThat(anGiang.unionName()).isEqualTo("Tỉnh đoàn An Giang");
        assertThat(anGiang.communes()).extracting(AdministrativeMap.Commune::unionName)
                .contains("Đoàn đặc khu Phú Quốc", "Đoàn phường Rạch Giá", "Đoàn phường Long Xuyên");
        assertThat(Files.readString(MAP.resolveSibling("LICENSE"))).startsWith("MIT License").contains("Thang Le Quoc");
        assertThat(Files.readString(MAP.resolveSibling("README.md"))).contains("thanglequoc/vietnamese-provinces-database");
    }

    @Test
    void aProvinceImportsUnderTheCentralUnionAndItsCommunesUnderItThroughTheCheckedImport() {
        units.create("tw", "Trung ương Đoàn", Level.TRUNG_UONG, null, Set.of(), TestDatabase.VN, null);
        AdministrativeMap.Province tayNinh = AdministrativeMap.read(MAP).province("80").orElseThrow();

        var result = importer.importCsv(new StringReader(AdministrativeMap.unitsCsv(tayNinh, "tw", true)), null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.created()).isEqualTo(1 + 96);
        Unit province = units.findByCode("80").orElseThrow();
        assertThat(province.level()).isEqualTo(Level.TINH);
        assertThat(province.name()).isEqualTo("Tỉnh đoàn Tây Ninh");
        assertThat(units.children(province.id())).hasSize(96).allMatch(u -> u.level() == Level.CO_SO);
        var again = importer.importCsv(new StringReader(AdministrativeMap.unitsCsv(tayNinh, "tw", true)), null);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
    }
}
