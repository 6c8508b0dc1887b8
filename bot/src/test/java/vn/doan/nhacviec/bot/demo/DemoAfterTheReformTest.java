package vn.doan.nhacviec.bot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.doan.nhacviec.bot.support.BotApplicationTest;
import vn.doan.nhacviec.bot.support.Terminal;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.unit.UnitChange;
import vn.doan.nhacviec.data.unit.UnitHistoryEntry;
import vn.doan.nhacviec.data.unit.UnitRepository;

/**
 * The terminal demo on today's country (config/demo/2025): An Giang including former Kiên Giang,
 * Tây Ninh including former Long An, communes directly under the provincial union, and the seed
 * plans binding the units they bound when they were issued. Through the conversation, as a user sees it.
 */
@BotApplicationTest
@TestPropertySource(properties = "nhacviec.demo.reform-dir=../config/demo/2025")
class DemoAfterTheReformTest {

    @Autowired
    Terminal terminal;
    @Autowired
    UnitRepository units;

    @BeforeEach
    void quiet() {
        terminal.flush();
    }

    @Test
    void theTreeShowsTheProvincesOfTodayWithCommunesDirectlyUnderThem() {
        String tree = terminal.answer("/cay tw");
        assertThat(tree).contains("Tỉnh đoàn An Giang").contains("Tỉnh đoàn Tây Ninh")
                .doesNotContain("Tỉnh đoàn Kiên Giang").doesNotContain("Tỉnh đoàn Long An")
                .doesNotContain("Huyện đoàn").doesNotContain("Thành đoàn Rạch Giá");
        assertThat(terminal.answer("/cay ag")).contains("Đoàn xã Vĩnh Hòa Hiệp").contains("Đoàn phường Vĩnh Thanh Vân")
                .contains("Đoàn phường Mỹ Bình");
        assertThat(terminal.answer("/cay tn")).contains("Đoàn xã Hòa Hiệp").contains("Đoàn xã Mỹ Quý Tây")
                .contains("Đoàn trường Cao đẳng Sư phạm Tây Ninh");
        var commune = units.findByCode("kg-ct-vhh").orElseThrow();
        assertThat(units.findById(commune.parentId()).orElseThrow().code()).isEqualTo("ag");
        assertThat(units.allActive()).noneMatch(u -> u.level() == Level.HUYEN && u.name().startsWith("Huyện đoàn"));
        assertThat(units.history(commune.id())).extracting(UnitHistoryEntry::change)
                .containsExactly(UnitChange.CREATED, UnitChange.MOVED);
        assertThat(units.history(units.findByCode("kg").orElseThrow().id())).extracting(UnitHistoryEntry::change)
                .containsExactly(UnitChange.CREATED, UnitChange.MERGED);
    }

    @Test
    void aFormerKienGiangCommuneStillHasTheKienGiangDuties() {
        String open = terminal.answer("/viec kg-ct-vhh");
        assertThat(open).contains("Đoàn xã Vĩnh Hòa Hiệp").contains("Ít nhất 02 hoạt động bảo vệ môi trường");
        assertThat(terminal.answer("/viec ag-lx-mb")).doesNotContain("Ít nhất 02 hoạt động bảo vệ môi trường");
    }

    @Test
    void aFormerLongAnBranchHasTheChartersMeetingButNotTayNinhs2021Duties() {
        String formerLongAn = terminal.answer("/viec la-ta-p1-kp1");
        assertThat(formerLongAn).contains("Sinh hoạt chi đoàn hằng tháng (tháng 11/2026)")
                .doesNotContain("Họp Ban Chấp hành chi đoàn hằng tháng");
        assertThat(terminal.answer("/viec tn-tp-p1-kp1")).contains("Họp Ban Chấp hành chi đoàn hằng tháng (tháng 11/2026)");
        // Tây Ninh's 2020 plan binds its communes, not the former Long An ones
        assertThat(terminal.answer("/viec tn-tb-hh")).contains("Họp giao ban cấp huyện, cấp xã (quý IV/2026)");
        assertThat(terminal.answer("/viec la-dh-mqt")).doesNotContain("Họp giao ban cấp huyện, cấp xã");
    }

    @Test
    void theDemoBorderBranchKeepsItsQuarterlyMeeting() {
        assertThat(terminal.answer("/viec")).contains("Chi đoàn ấp Hòa Bình").contains("Sinh hoạt chi đoàn ít nhất 3 tháng/lần");
    }
}
