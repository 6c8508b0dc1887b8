package vn.doan.nhacviec.data.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.db.ReadCaches;

class UnitRepositoryTest {

    @TempDir
    Path dir;
    TestDatabase db;
    UnitRepository units;
    Unit root;
    Unit province;
    Unit district;
    Unit commune;
    Unit branch;

    @BeforeEach
    void tree() {
        db = TestDatabase.open(dir);
        units = new UnitRepository(db.jdbc(), db.clock());
        ZoneId vn = TestDatabase.VN;
        root = units.create("tw", "Trung ương Đoàn", Level.TRUNG_UONG, null, Set.of(), vn, null);
        province = units.create("tn", "Tỉnh đoàn Tây Ninh", Level.TINH, root.id(), Set.of(), vn, null);
        district = units.create("tn-tb", "Huyện đoàn Tân Biên", Level.HUYEN, province.id(), Set.of(), vn, null);
        commune = units.create("tn-tb-hh", "Đoàn xã Hòa Hiệp", Level.CO_SO, district.id(), Set.of("bien_gioi"), vn, null);
        branch = units.create("tn-tb-hh-a3", "Chi đoàn ấp 3", Level.CHI_DOAN, commune.id(), Set.of("bien_gioi", "dia_ban_dan_cu"), vn, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void pathsFollowTheTree() {
        assertThat(branch.path()).isEqualTo("/" + root.id() + "/" + province.id() + "/" + district.id() + "/" + commune.id() + "/" + branch.id() + "/");
        assertThat(branch.isInside(province)).isTrue();
        assertThat(province.isInside(branch)).isFalse();
        assertThat(units.subtree(district)).extracting(Unit::code).containsExactly("tn-tb", "tn-tb-hh", "tn-tb-hh-a3");
        assertThat(units.ancestors(branch)).extracting(Unit::code).containsExactly("tw", "tn", "tn-tb", "tn-tb-hh");
        assertThat(branch.tags()).containsExactlyInAnyOrder("bien_gioi", "dia_ban_dan_cu");
    }

    @Test
    void movingTakesTheSubtreeAlongAndKeepsHistory() {
        // 2025 reform: the district tier goes, communes hang under the province
        units.move(commune.id(), province.id(), 7L);
        Unit moved = units.findById(branch.id()).orElseThrow();
        assertThat(moved.path()).isEqualTo("/" + root.id() + "/" + province.id() + "/" + commune.id() + "/" + branch.id() + "/");
        assertThat(units.subtree(district)).extracting(Unit::code).containsExactly("tn-tb");
        assertThat(units.history(commune.id())).extracting(UnitHistoryEntry::change).containsExactly(UnitChange.CREATED, UnitChange.MOVED);
    }

    @Test
    void cannotMoveUnderItsOwnSubtree() {
        assertThatThrownBy(() -> units.move(district.id(), branch.id(), null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renameAndRetireKeepTheRowAndItsHistory() {
        units.rename(branch.id(), "Chi đoàn ấp Hòa Bình", null);
        units.retire(branch.id(), null, null);
        Unit retired = units.findById(branch.id()).orElseThrow();
        assertThat(retired.name()).isEqualTo("Chi đoàn ấp Hòa Bình");
        assertThat(retired.retired()).isTrue();
        assertThat(units.history(branch.id())).extracting(UnitHistoryEntry::oldValue).contains("Chi đoàn ấp 3");
        assertThat(units.activeInSubtree(province.path(), List.of(Level.CHI_DOAN))).isEmpty();
    }

    @Test
    void rememberedUnitsFollowEveryChangeMadeThroughTheRepository() {
        UnitRepository remembering = new UnitRepository(db.jdbc(), db.clock(), ReadCaches.inMemory());
        assertThat(remembering.findById(branch.id()).orElseThrow().name()).isEqualTo("Chi đoàn ấp 3");
        db.jdbc().sql("UPDATE unit SET name = 'Chi đoàn ấp Ba' WHERE id = ?").param(branch.id()).update();
        assertThat(remembering.findById(branch.id()).orElseThrow().name()).as("remembered").isEqualTo("Chi đoàn ấp 3");

        remembering.move(commune.id(), province.id(), null); // a change to the commune moves the branch too
        Unit moved = remembering.findByIds(List.of(branch.id(), commune.id())).get(1);
        assertThat(moved.path()).isEqualTo("/" + root.id() + "/" + province.id() + "/" + commune.id() + "/" + branch.id() + "/");
        assertThat(moved.name()).isEqualTo("Chi đoàn ấp Ba");

        remembering.setTags(branch.id(), Set.of("vung_kho_khan"), null);
        assertThat(remembering.findById(branch.id()).orElseThrow().tags()).containsExactly("vung_kho_khan");
        remembering.rename(branch.id(), "Chi đoàn ấp Hòa Bình", null);
        remembering.retire(branch.id(), null, null);
        assertThat(remembering.findByIds(List.of(branch.id()))).singleElement()
                .satisfies(unit -> assertThat(unit.name()).isEqualTo("Chi đoàn ấp Hòa Bình"))
                .satisfies(unit -> assertThat(unit.retired()).isTrue());
        Unit created = remembering.create("tn-tb-hh-a4", "Chi đoàn ấp 4", Level.CHI_DOAN, commune.id(), Set.of(), TestDatabase.VN, null);
        assertThat(remembering.findById(created.id())).contains(created);
    }
}
