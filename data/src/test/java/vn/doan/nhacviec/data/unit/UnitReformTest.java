package vn.doan.nhacviec.data.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.TestDatabase;

class UnitReformTest {

    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;
    TestDatabase db;
    UnitRepository units;
    FormerPaths formerPaths;
    UnitReform reform;
    Unit root;
    Unit kg;
    Unit ag;
    Unit district;
    Unit commune;
    Unit branch;

    @BeforeEach
    void tree() {
        db = TestDatabase.open(dir);
        units = new UnitRepository(db.jdbc(), db.clock());
        formerPaths = new FormerPaths(db.jdbc(), db.clock());
        reform = new UnitReform(units, formerPaths, new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())));
        root = create("tw", Level.TRUNG_UONG, null);
        kg = create("kg", Level.TINH, root);
        ag = create("ag", Level.TINH, root);
        district = create("kg-ct", Level.HUYEN, kg);
        commune = create("kg-ct-vhh", Level.CO_SO, district);
        branch = create("kg-ct-vhh-vp", Level.CHI_DOAN, commune);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anOrdinaryMoveKeepsNoFormerPathSoPlansFollowTheUnit() {
        units.move(commune.id(), kg.id(), null);
        Unit moved = reload(branch);
        assertThat(formerPaths.lineage().pathOn(moved, LocalDate.of(2012, 7, 31))).isEqualTo(moved.path());
    }

    @Test
    void aReformKeepsEveryMovedUnitsPathUntilItsDateAndTheEarliestWins() {
        reform.dissolveInto(List.of(kg), ag, REFORM, 7L);
        reform.dissolveInto(List.of(reload(district)), ag, REFORM, 7L);

        Unit now = reload(branch);
        assertThat(now.path()).isEqualTo("/" + root.id() + "/" + ag.id() + "/" + commune.id() + "/" + branch.id() + "/");
        UnitLineage lineage = formerPaths.lineage();
        assertThat(lineage.pathOn(now, LocalDate.of(2021, 6, 1))).isEqualTo(branch.path());
        assertThat(lineage.pathOn(now, REFORM.minusDays(1))).isEqualTo(branch.path());
        assertThat(lineage.pathOn(now, REFORM)).isEqualTo(now.path());
        assertThat(lineage.wasInside(now, kg, LocalDate.of(2021, 6, 1))).isTrue();
        assertThat(lineage.wasInside(now, ag, LocalDate.of(2021, 6, 1))).isFalse();
        assertThat(lineage.wasInside(now, ag, LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(lineage.formerlyInside(kg)).containsExactlyInAnyOrder(district.id(), commune.id(), branch.id());
        assertThat(reload(kg).retired()).isTrue();
        assertThat(reload(district).retired()).isTrue();
        assertThat(units.history(kg.id())).extracting(UnitHistoryEntry::change).containsExactly(UnitChange.CREATED, UnitChange.MERGED);
        assertThat(units.history(commune.id())).extracting(UnitHistoryEntry::change).containsExactly(UnitChange.CREATED, UnitChange.MOVED);
    }

    @Test
    void theRootARetiredUnitOrOneAboveTheTargetCannotBeDissolved() {
        assertThatThrownBy(() -> reform.dissolveInto(List.of(root), ag, REFORM, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reform.dissolveInto(List.of(kg), commune, REFORM, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> reform.dissolveInto(List.of(ag), ag, REFORM, null)).isInstanceOf(IllegalArgumentException.class);
        reform.dissolveInto(List.of(kg), ag, REFORM, null);
        assertThatThrownBy(() -> reform.dissolveInto(List.of(reload(kg)), ag, REFORM, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private Unit create(String code, Level level, Unit parent) {
        return units.create(code, code, level, parent == null ? null : parent.id(), Set.of(), TestDatabase.VN, null);
    }

    private Unit reload(Unit unit) {
        return units.findById(unit.id()).orElseThrow();
    }
}
