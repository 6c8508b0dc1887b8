package vn.doan.nhacviec.scheduler.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.catalog.CatalogImport;
import vn.doan.nhacviec.data.catalog.Plan;
import vn.doan.nhacviec.data.planning.PlanReach;
import vn.doan.nhacviec.data.unit.FormerPaths;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.Unit;

/** The benchmark's tree is today's country, and the seed plans bind the units they bound before the reform. */
class NationalTreeTest {

    @TempDir
    Path dir;

    @Test
    void theRealProvincesAndCommunesWithBranchesInProportionAndTheSeedPlansOldReach() throws Exception {
        Instant now = Instant.parse("2026-12-30T17:30:00Z");
        try (ReminderWorld world = new ReminderWorld(dir, now, ReminderProperties.defaults())) {
            new CatalogImport(world.plans, world.obligations, new TransactionTemplate(new JdbcTransactionManager(world.dataSource)))
                    .importDirectory(Path.of("../config/catalog"));
            int units = NationalTree.write(world.dataSource, 33_210, now.toEpochMilli());

            List<Unit> active = world.units.allActive();
            assertThat(units).isEqualTo(1 + 34 + 2 + 3_321 + 33_210);
            assertThat(active).filteredOn(u -> u.level() == Level.TINH).hasSize(34);
            assertThat(active).filteredOn(u -> u.level() == Level.CO_SO).hasSize(3_321);
            assertThat(active).noneMatch(u -> u.level() == Level.HUYEN);
            Unit hanoi = world.units.findByCode("01").orElseThrow();
            assertThat(hanoi.name()).isEqualTo("Thành đoàn Hà Nội");
            // 126 communes of 3,321: 10 branches each
            assertThat(world.units.activeInSubtree(hanoi.path(), List.of(Level.CHI_DOAN))).hasSize(1_260);
            assertThat(world.units.findByCode("kg").orElseThrow().retired()).isTrue();

            PlanReach.Snapshot reach = new PlanReach(world.units, new FormerPaths(world.jdbc, world.clock)).snapshot();
            Plan kgPlan = world.plans.findByCode("KG-NQDH13-2021").orElseThrow();
            Plan tnPlan = world.plans.findByCode("TN-CT06-2021").orElseThrow();
            Unit anGiang = world.units.findByCode("91").orElseThrow();
            Unit tayNinh = world.units.findByCode("tn").orElseThrow();
            List<Unit> underAnGiang = world.units.activeInSubtree(anGiang.path(), List.of(Level.CO_SO));
            List<Unit> underTayNinh = world.units.activeInSubtree(tayNinh.path(), List.of(Level.CO_SO));
            Unit kg = reach.issuer(kgPlan).orElseThrow();
            assertThat(reach.bound(kgPlan, kg, underAnGiang)).extracting(Unit::name)
                    .contains("Đoàn phường Rạch Giá", "Đoàn đặc khu Phú Quốc").doesNotContain("Đoàn phường Long Xuyên");
            assertThat(reach.bound(kgPlan, kg, active)).isNotEmpty().allMatch(u -> u.isInside(anGiang))
                    .filteredOn(u -> u.level() == Level.CHI_DOAN).hasSize(10 * reach.bound(kgPlan, kg, underAnGiang).size());
            List<Unit> tnBound = reach.bound(tnPlan, tayNinh, underTayNinh);
            assertThat(tnBound).hasSize(36).allMatch(u -> Integer.parseInt(u.code()) < 27_000);
            assertThat(underTayNinh).filteredOn(u -> u.tags().contains("bien_gioi")).hasSize(20).isSubsetOf(tnBound);
            assertThat(kgPlan.issuedOn()).isBefore(LocalDate.of(2025, 7, 1));
        }
    }
}
