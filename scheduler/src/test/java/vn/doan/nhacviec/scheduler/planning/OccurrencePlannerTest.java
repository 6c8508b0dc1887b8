package vn.doan.nhacviec.scheduler.planning;

import vn.doan.nhacviec.data.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doan.nhacviec.data.catalog.CatalogImport;
import vn.doan.nhacviec.data.catalog.Obligation;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.ObligationRepository;
import vn.doan.nhacviec.data.catalog.PlanRepository;
import vn.doan.nhacviec.data.catalog.Recurrence;
import vn.doan.nhacviec.data.TestDatabase;
import vn.doan.nhacviec.data.occurrence.Occurrence;
import vn.doan.nhacviec.data.occurrence.OccurrenceRepository;
import vn.doan.nhacviec.data.occurrence.OccurrenceState;
import vn.doan.nhacviec.data.planning.ReplanRequest;
import vn.doan.nhacviec.data.status.StatusMeaning;
import vn.doan.nhacviec.data.unit.Level;
import vn.doan.nhacviec.data.planning.OccurrenceCoverage;
import vn.doan.nhacviec.data.status.StatusLogRepository;
import vn.doan.nhacviec.data.unit.Unit;
import vn.doan.nhacviec.data.unit.FormerPaths;
import vn.doan.nhacviec.data.unit.UnitChange;
import vn.doan.nhacviec.data.unit.UnitHistoryEntry;
import vn.doan.nhacviec.data.unit.UnitReform;
import vn.doan.nhacviec.data.unit.UnitRepository;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * The planner over a real SQLite database holding the real catalogue. On the test day (Sunday
 * 22/11/2026) every plan but the charter (DIEU-LE) has ended; a test brings a plan back into force
 * with {@link PlanRepository#extendUntil} when it needs one.
 */
class OccurrencePlannerTest {

    static final ZoneId VN = VietnamTime.ZONE;
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final Instant TEST_DAY = at(2026, 11, 22, 10);
    static final int HORIZON_DAYS = 45; // from 22/11/2026: periods starting before 06/01/2027

    static final String MONTHLY_MEETING = "DL-SH-CHIDOAN-THANG";
    static final String COMMITTEE_MEETING = "TN21-HOP-BCH-CHIDOAN";
    static final String BORDER_MEETING = "TN21-SH-CHIDOAN-BIENGIOI";
    static final String MEMBER_RATING = "TN21-XEPLOAI-DV";
    static final String TN_ANNUAL_REPORT = "TN21-BC-NAM";
    static final String KG_ANNUAL_REPORT = "KG21-BC-NAM";

    @TempDir
    Path dir;
    HikariDataSource dataSource;
    JdbcClient jdbc;
    MutableClock clock;
    PlanRepository plans;
    ObligationRepository obligations;
    UnitRepository units;
    OccurrenceRepository occurrences;

    Unit kgProvince;
    Unit kgDistrict;
    Unit kgBranch;
    Unit moscowBranch;
    Unit tnProvince;
    Unit tnDistrict;
    Unit borderCommune;
    Unit borderBranch;
    Unit townBranch;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabase.dataSource(dir);
        jdbc = JdbcClient.create(dataSource);
        clock = new MutableClock(TEST_DAY, java.time.ZoneOffset.UTC);
        plans = new PlanRepository(jdbc, clock);
        obligations = new ObligationRepository(jdbc, clock);
        units = new UnitRepository(jdbc, clock);
        occurrences = new OccurrenceRepository(jdbc, new JdbcTemplate(dataSource), clock);
        new CatalogImport(plans, obligations, new TransactionTemplate(new DataSourceTransactionManager(dataSource)))
                .importDirectory(Path.of("../config/catalog"));

        Unit root = unit("tw", "Trung ương Đoàn", Level.TRUNG_UONG, null);
        kgProvince = unit("kg", "Tỉnh đoàn Kiên Giang", Level.TINH, root);
        kgDistrict = unit("kg-ct", "Huyện đoàn Châu Thành", Level.HUYEN, kgProvince);
        Unit kgCommune = unit("kg-ct-vhh", "Đoàn xã Vĩnh Hòa Hiệp", Level.CO_SO, kgDistrict, "dia_ban_dan_cu");
        kgBranch = unit("kg-ct-vhh-vp", "Chi đoàn ấp Vĩnh Phước", Level.CHI_DOAN, kgCommune, "dia_ban_dan_cu");
        moscowBranch = units.create("kg-lhs-moskva", "Chi đoàn lưu học sinh tại Mát-xcơ-va", Level.CHI_DOAN,
                kgDistrict.id(), Set.of(), MOSCOW, null);
        tnProvince = unit("tn", "Tỉnh đoàn Tây Ninh", Level.TINH, root);
        tnDistrict = unit("tn-tb", "Huyện đoàn Tân Biên", Level.HUYEN, tnProvince);
        borderCommune = unit("tn-tb-hh", "Đoàn xã Hòa Hiệp", Level.CO_SO, tnDistrict, "bien_gioi", "dia_ban_dan_cu");
        borderBranch = unit("tn-tb-hh-a3", "Chi đoàn ấp 3", Level.CHI_DOAN, borderCommune, "bien_gioi", "dia_ban_dan_cu");
        Unit townCommune = unit("tn-tb-tt", "Đoàn thị trấn Tân Biên", Level.CO_SO, tnDistrict, "dia_ban_dan_cu");
        townBranch = unit("tn-tb-tt-k1", "Chi đoàn khu phố 1", Level.CHI_DOAN, townCommune, "dia_ban_dan_cu");
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Nested
    class WhoOwesWhat {

        @Test
        void onTheTestDayOnlyTheChartersMonthlyMeetingIsInForce() {
            plan();

            assertThat(dutiesOf(kgBranch)).containsExactly(
                    MONTHLY_MEETING + " 2026-11", MONTHLY_MEETING + " 2026-12", MONTHLY_MEETING + " 2027-01");
            assertThat(dutiesOf(townBranch)).isEqualTo(dutiesOf(kgBranch));
            assertThat(dutiesOf(borderBranch)).isEmpty();
            assertThat(List.of(kgProvince, kgDistrict, tnProvince, tnDistrict, borderCommune))
                    .allSatisfy(unit -> assertThat(dutiesOf(unit)).as(unit.code()).isEmpty());
        }

        @Test
        void aPlanBroughtIntoForceBindsOnlyItsIssuersSubtree() {
            bringIntoForce("TN-CT06-2021");
            bringIntoForce("KG-NQDH13-2021");

            plan();

            assertThat(dutiesOf(kgBranch)).noneMatch(duty -> duty.startsWith("TN"));
            assertThat(dutiesOf(kgDistrict)).contains(KG_ANNUAL_REPORT + " 2027").noneMatch(duty -> duty.startsWith("TN"));
            assertThat(dutiesOf(tnDistrict)).contains(TN_ANNUAL_REPORT + " 2027").noneMatch(duty -> duty.startsWith("KG"));
            assertThat(dutiesOf(tnProvince)).contains("TN21-TUYENDUONG-2NAM 2025-2026").noneMatch(duty -> duty.startsWith("KG"));
        }

        @Test
        void aBorderBranchMeetsQuarterlyInsteadOfMonthly() {
            bringIntoForce("TN-CT06-2021");

            plan();

            assertThat(dutiesOf(borderBranch)).containsExactly(
                    COMMITTEE_MEETING + " 2026-11", COMMITTEE_MEETING + " 2026-12", COMMITTEE_MEETING + " 2027-01",
                    BORDER_MEETING + " 2026-Q4", BORDER_MEETING + " 2027-Q1",
                    MEMBER_RATING + " 2026", MEMBER_RATING + " 2027");
            assertThat(dutiesOf(townBranch)).containsExactly(
                    MONTHLY_MEETING + " 2026-11", MONTHLY_MEETING + " 2026-12", MONTHLY_MEETING + " 2027-01",
                    COMMITTEE_MEETING + " 2026-11", COMMITTEE_MEETING + " 2026-12", COMMITTEE_MEETING + " 2027-01",
                    MEMBER_RATING + " 2026", MEMBER_RATING + " 2027");
        }

        @Test
        void aPausedObligationGetsNothing() {
            bringIntoForce("TN-CT06-2021");
            obligations.setPaused(obligation(MONTHLY_MEETING).id(), true);

            plan();

            assertThat(dutiesOf(townBranch)).isNotEmpty().noneMatch(duty -> duty.startsWith(MONTHLY_MEETING));
            assertThat(dutiesOf(kgBranch)).isEmpty();
        }

        @Test
        void aRetiredUnitGetsNothing() {
            units.retire(townBranch.id(), null, null);

            plan();

            assertThat(dutiesOf(townBranch)).isEmpty();
            assertThat(dutiesOf(kgBranch)).isNotEmpty();
        }
    }

    @Nested
    class WhichPeriods {

        @Test
        void onlyPeriodsStartingWithinTheHorizonAndNotYetDue() {
            bringIntoForce("TN-CT06-2021");

            plan();

            // 2026-10 fell due on 1/11; 2027-02 starts after the horizon
            assertThat(dutiesOf(townBranch)).filteredOn(duty -> duty.startsWith(MONTHLY_MEETING))
                    .containsExactly(MONTHLY_MEETING + " 2026-11", MONTHLY_MEETING + " 2026-12", MONTHLY_MEETING + " 2027-01");
            // the 2026 report fell due on 5/11/2026, inside its year
            assertThat(dutiesOf(tnDistrict)).filteredOn(duty -> duty.startsWith(TN_ANNUAL_REPORT))
                    .containsExactly(TN_ANNUAL_REPORT + " 2027");
            assertThat(occurrence(TN_ANNUAL_REPORT, tnDistrict, "2027").deadline()).isEqualTo(LocalDate.of(2027, 11, 5));
        }

        @Test
        void aPeriodStartingWhereTheHorizonEndsWaitsForALaterRun() {
            bringIntoForce("TN-CT06-2021");

            planner(40).planAhead(); // 22/11/2026 + 40 days = 01/01/2027, the horizon's exclusive end
            assertThat(dutiesOf(townBranch)).filteredOn(duty -> duty.startsWith(MEMBER_RATING))
                    .containsExactly(MEMBER_RATING + " 2026");

            planner(41).planAhead();
            assertThat(dutiesOf(townBranch)).filteredOn(duty -> duty.startsWith(MEMBER_RATING))
                    .containsExactly(MEMBER_RATING + " 2026", MEMBER_RATING + " 2027");
        }

        @Test
        void aPeriodIsNoLongerPlannedFromTheInstantItFallsDue() {
            bringIntoForce("TN-CT06-2021");
            Instant due = at(2026, 11, 5, 0);

            clock.set(due);
            plan();
            assertThat(dutiesOf(tnDistrict)).doesNotContain(TN_ANNUAL_REPORT + " 2026");

            clock.set(due.minusMillis(1));
            plan();
            assertThat(occurrence(TN_ANNUAL_REPORT, tnDistrict, "2026").dueAt()).isEqualTo(due);
        }

        @Test
        void aPlanOutOfForceGivesNothingUntilItIsExtended() {
            plan();
            assertThat(dutiesOf(tnDistrict)).isEmpty();

            bringIntoForce("TN-CT06-2021");
            plan();
            assertThat(dutiesOf(tnDistrict)).contains(TN_ANNUAL_REPORT + " 2027", "TN21-GIAOBAN-QUY 2026-Q4");
        }

        @Test
        void runningTwiceCreatesNothingNew() {
            bringIntoForce("TN-CT06-2021");
            int first = plan();
            long count = occurrences.count();

            assertThat(first).isPositive().isEqualTo(count);
            assertThat(plan()).isZero();
            assertThat(occurrences.count()).isEqualTo(count);
        }
    }

    @Nested
    class TimeZones {

        @Test
        void dueAtIsMidnightInTheUnitsOwnZone() {
            plan();

            Occurrence vietnam = occurrence(MONTHLY_MEETING, kgBranch, "2026-11");
            Occurrence moscow = occurrence(MONTHLY_MEETING, moscowBranch, "2026-11");

            assertThat(moscow.deadline()).isEqualTo(vietnam.deadline()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(vietnam.dueAt()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
            assertThat(moscow.dueAt()).isEqualTo(Instant.parse("2026-11-30T21:00:00Z"));
        }

        @Test
        void betweenTheTwoMidnightsOnlyTheLaterZoneStillOwesTheMonth() {
            clock.set(Instant.parse("2026-11-30T18:00:00Z")); // 01:00 on 1/12 in Vietnam, 21:00 on 30/11 in Moscow

            plan();

            assertThat(dutiesOf(moscowBranch)).contains(MONTHLY_MEETING + " 2026-11");
            assertThat(dutiesOf(kgBranch)).doesNotContain(MONTHLY_MEETING + " 2026-11").contains(MONTHLY_MEETING + " 2026-12");
        }
    }

    @Nested
    class ChangedDefinition {

        @Test
        void existingOccurrencesKeepTheirDatesAndOnlyNewPeriodsFollowTheNewRule() {
            plan();
            ObligationDefinition old = obligation(MONTHLY_MEETING).definition();
            ObligationDefinition byThe25th = new ObligationDefinition(old.code(), old.title(), old.source(), old.assignee(),
                    new Recurrence(Recurrence.Frequency.MONTH, null, null, null, 25, null),
                    old.completion(), old.recipient(), old.reminderPolicy(), old.note());
            obligations.update(MONTHLY_MEETING, byThe25th, null);

            assertThat(plan()).isZero();
            assertThat(occurrence(MONTHLY_MEETING, kgBranch, "2026-12").deadline()).isEqualTo(LocalDate.of(2027, 1, 1));

            clock.set(at(2027, 1, 20, 10));
            plan();

            Occurrence january = occurrence(MONTHLY_MEETING, kgBranch, "2027-01");
            Occurrence february = occurrence(MONTHLY_MEETING, kgBranch, "2027-02");
            assertThat(january.deadline()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(january.dueAt()).isEqualTo(at(2027, 2, 1, 0));
            assertThat(february.deadline()).isEqualTo(LocalDate.of(2027, 2, 26));
            assertThat(february.dueAt()).isEqualTo(at(2027, 2, 26, 0));
            assertThat(february.periodEnd()).isEqualTo(LocalDate.of(2027, 3, 1));
        }
    }

    @Nested
    class DutiesAlreadyDue {

        static final Instant FIRST_START = at(2026, 12, 3, 10);
        static final String KG_PLAN = "KG-NQDH13-2021";

        @Test
        void onAFirstStartTheLatestPeriodAlreadyDueWithinTheLookBackIsOpenAndOverdue() {
            clock.set(FIRST_START);
            bringIntoForce(KG_PLAN);

            planner(HORIZON_DAYS, 60).planAhead();

            Occurrence annual = occurrence(KG_ANNUAL_REPORT, kgDistrict, "2026");
            assertThat(annual.deadline()).isEqualTo(LocalDate.of(2026, 11, 15));
            assertThat(annual.state()).isEqualTo(OccurrenceState.OPEN);
            assertThat(annual.isOverdue(clock.instant())).isTrue();
            // only the latest period already due: November's meeting (due 01/12), not October's
            assertThat(dutiesOf(kgBranch)).filteredOn(d -> d.startsWith(MONTHLY_MEETING + " "))
                    .containsExactly(MONTHLY_MEETING + " 2026-11", MONTHLY_MEETING + " 2026-12", MONTHLY_MEETING + " 2027-01");
            assertThat(occurrence(MONTHLY_MEETING, kgBranch, "2026-11").isOverdue(clock.instant())).isTrue();

            assertThat(planner(HORIZON_DAYS, 60).planAhead()).isZero();
        }

        @Test
        void aDeadlineBeyondTheLookBackIsNotTracked() {
            clock.set(FIRST_START);
            bringIntoForce(KG_PLAN);

            planner(HORIZON_DAYS, 10).planAhead();

            assertThat(dutiesOf(kgDistrict)).noneMatch(d -> d.equals(KG_ANNUAL_REPORT + " 2026"));
            assertThat(dutiesOf(kgBranch)).contains(MONTHLY_MEETING + " 2026-11");
        }

        @Test
        void aUnitThatAlreadyHadTheDutyGetsNoLookBackButANewUnitDoes() {
            planner(HORIZON_DAYS, 0).planAhead();
            Unit newBranch = unit("kg-ct-vhh-moi", "Chi đoàn ấp Mới", Level.CHI_DOAN, kgBranchCommune(), "dia_ban_dan_cu");

            planner(HORIZON_DAYS, 60).planAhead();

            assertThat(dutiesOf(kgBranch)).containsExactly(
                    MONTHLY_MEETING + " 2026-11", MONTHLY_MEETING + " 2026-12", MONTHLY_MEETING + " 2027-01");
            // 22/11: October's meeting was due on 01/11
            assertThat(dutiesOf(newBranch)).containsExactly(
                    MONTHLY_MEETING + " 2026-10", MONTHLY_MEETING + " 2026-11", MONTHLY_MEETING + " 2026-12", MONTHLY_MEETING + " 2027-01");
        }

        Unit kgBranchCommune() {
            return units.findById(kgBranch.parentId()).orElseThrow();
        }
    }

    @Nested
    class Replans {

        @Test
        void reTaggingABranchBienGioiClosesTheMonthlyMeetingAsNoLongerApplyingAndStartsTheQuarterlyOne() {
            bringIntoForce("TN-CT06-2021");
            plan();
            List<Occurrence> monthly = List.of(occurrence(MONTHLY_MEETING, townBranch, "2026-11"),
                    occurrence(MONTHLY_MEETING, townBranch, "2026-12"), occurrence(MONTHLY_MEETING, townBranch, "2027-01"));
            List<String> kgBefore = dutiesOf(kgBranch);

            units.setTags(townBranch.id(), Set.of("bien_gioi", "dia_ban_dan_cu"), null);
            OccurrencePlanner.Replanned result = planner(HORIZON_DAYS, 60).replan(
                    ReplanRequest.subtree(townBranch.path(), false, "unit.tags", null));

            assertThat(result.closed()).isEqualTo(3);
            for (Occurrence meeting : monthly) {
                assertThat(occurrences.findById(meeting.id()).orElseThrow().state()).isEqualTo(OccurrenceState.EXCUSED);
                assertThat(new StatusLogRepository(jdbc).latest(meeting.id()).orElseThrow()).satisfies(update -> {
                    assertThat(update.meaning()).isEqualTo(StatusMeaning.EXCUSED);
                    assertThat(update.note()).isEqualTo("không còn áp dụng");
                });
            }
            // the quarter under way first, no look-back (the third quarter was due on 01/10)
            assertThat(dutiesOf(townBranch)).filteredOn(d -> d.startsWith(BORDER_MEETING))
                    .containsExactly(BORDER_MEETING + " 2026-Q4", BORDER_MEETING + " 2027-Q1");
            assertThat(occurrence(BORDER_MEETING, townBranch, "2026-Q4").state()).isEqualTo(OccurrenceState.OPEN);
            assertThat(occurrence(COMMITTEE_MEETING, townBranch, "2026-11").state()).isEqualTo(OccurrenceState.OPEN);
            // outside the subtree nothing changed
            assertThat(dutiesOf(kgBranch)).isEqualTo(kgBefore);
            assertThat(occurrence(MONTHLY_MEETING, kgBranch, "2026-11").state()).isEqualTo(OccurrenceState.OPEN);
        }

        @Test
        void aRetiredUnitsOpenDutiesNoLongerApplyAndItsDoneOnesStay() {
            plan();
            occurrences.close(occurrence(MONTHLY_MEETING, townBranch, "2026-11").id(), OccurrenceState.DONE, clock.instant());

            units.retire(townBranch.id(), null, null);
            planner(HORIZON_DAYS, 60).replan(ReplanRequest.subtree(townBranch.path(), false, "unit.retire", null));

            assertThat(occurrence(MONTHLY_MEETING, townBranch, "2026-11").state()).isEqualTo(OccurrenceState.DONE);
            assertThat(occurrence(MONTHLY_MEETING, townBranch, "2026-12").state()).isEqualTo(OccurrenceState.EXCUSED);
            assertThat(occurrence(MONTHLY_MEETING, townBranch, "2027-01").state()).isEqualTo(OccurrenceState.EXCUSED);
        }

        @Test
        void aUnitMovedToAnotherProvinceLeavesTheOldProvincesDutiesAndKeepsTheNationalOnes() {
            bringIntoForce("TN-CT06-2021");
            plan();
            Occurrence national = occurrence(MONTHLY_MEETING, townBranch, "2026-11");

            units.move(townBranch.id(), kgDistrict.id(), null);
            Unit moved = units.findById(townBranch.id()).orElseThrow();
            planner(HORIZON_DAYS, 60).replan(ReplanRequest.subtree(moved.path(), false, "unit.move", null));

            assertThat(occurrence(COMMITTEE_MEETING, townBranch, "2026-11").state()).isEqualTo(OccurrenceState.EXCUSED);
            assertThat(occurrences.findById(national.id()).orElseThrow().state()).isEqualTo(OccurrenceState.OPEN);
        }

        @Test
        void pausingClosesOnlyThePeriodsNotStartedAndResumingStartsWithTheCurrentOne() {
            plan();
            Obligation meeting = obligation(MONTHLY_MEETING);
            obligations.setPaused(meeting.id(), true);
            OccurrencePlanner planner = planner(HORIZON_DAYS, 60);

            planner.replan(ReplanRequest.obligation(meeting.id(), false, "obligation.pause", null));

            assertThat(occurrence(MONTHLY_MEETING, kgBranch, "2026-11").state()).isEqualTo(OccurrenceState.OPEN);
            assertThat(occurrence(MONTHLY_MEETING, kgBranch, "2026-12").state()).isEqualTo(OccurrenceState.EXCUSED);
            assertThat(occurrence(MONTHLY_MEETING, kgBranch, "2027-01").state()).isEqualTo(OccurrenceState.EXCUSED);

            clock.set(at(2027, 2, 10, 10));
            obligations.setPaused(meeting.id(), false);
            planner.replan(ReplanRequest.obligation(meeting.id(), false, "obligation.resume", null));
            // February first, then what the horizon reaches; not January, due while paused
            assertThat(dutiesOf(kgBranch)).containsExactly(MONTHLY_MEETING + " 2026-11", MONTHLY_MEETING + " 2026-12",
                    MONTHLY_MEETING + " 2027-01", MONTHLY_MEETING + " 2027-02", MONTHLY_MEETING + " 2027-03");
            assertThat(occurrence(MONTHLY_MEETING, kgBranch, "2027-02").state()).isEqualTo(OccurrenceState.OPEN);
        }
    }

    int plan() {
        return planner(HORIZON_DAYS).planAhead();
    }

    OccurrencePlanner planner(int horizonDays) {
        return planner(horizonDays, 0);
    }

    OccurrencePlanner planner(int horizonDays, int lookBackDays) {
        OccurrenceCoverage coverage = new OccurrenceCoverage(jdbc, new StatusLogRepository(jdbc),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        return new OccurrencePlanner(plans, obligations, units, occurrences, coverage,
                new vn.doan.nhacviec.data.planning.PlanReach(units, new vn.doan.nhacviec.data.unit.FormerPaths(jdbc, clock)),
                new PlanningProperties(horizonDays, lookBackDays),
                clock);
    }

    void bringIntoForce(String planCode) {
        plans.extendUntil(plans.findByCode(planCode).orElseThrow().id(), LocalDate.of(2027, 12, 31));
    }

    /** The 2025 reform run on the test tree: Kiên Giang into An Giang, Long An into Tây Ninh, no district tier. */
    @Nested
    class AfterTheReform {

        Unit agProvince;
        Unit laBranch;
        Unit kgCommune;

        @BeforeEach
        void reform() {
            Unit root = units.findByCode("tw").orElseThrow();
            agProvince = unit("ag", "Tỉnh đoàn An Giang", Level.TINH, root);
            Unit laProvince = unit("la", "Tỉnh đoàn Long An", Level.TINH, root);
            Unit laDistrict = unit("la-vh", "Huyện đoàn Vĩnh Hưng", Level.HUYEN, laProvince);
            Unit laCommune = unit("la-vh-hda", "Đoàn xã Hưng Điền A", Level.CO_SO, laDistrict, "dia_ban_dan_cu");
            // not bien_gioi: that relaxation is Tây Ninh's 2021 plan, which does not bind former Long An units
            laBranch = unit("la-vh-hda-a1", "Chi đoàn ấp 1", Level.CHI_DOAN, laCommune, "dia_ban_dan_cu");
            kgCommune = units.findByCode("kg-ct-vhh").orElseThrow();
            UnitReform reform = new UnitReform(units, new FormerPaths(jdbc, clock),
                    new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
            LocalDate effective = LocalDate.of(2025, 7, 1);
            reform.dissolveInto(List.of(units.findByCode("kg").orElseThrow()), agProvince, effective, 1L);
            reform.dissolveInto(List.of(units.findByCode("la").orElseThrow()), tnProvince, effective, 1L);
            for (String district : List.of("kg-ct", "la-vh")) {
                Unit unit = units.findByCode(district).orElseThrow();
                Unit province = units.findById(unit.parentId()).orElseThrow();
                reform.dissolveInto(List.of(unit), province, effective, 1L);
            }
            reform.dissolveInto(List.of(units.findByCode("tn-tb").orElseThrow()), tnProvince, effective, 1L);
            bringIntoForce("TN-CT06-2021");
            bringIntoForce("KG-NQDH13-2021");
        }

        @Test
        void theTreeHasNoDistrictTierAndTheHistoryShowsEveryMove() {
            Unit commune = units.findById(kgCommune.id()).orElseThrow();
            assertThat(commune.parentId()).isEqualTo(agProvince.id());
            assertThat(units.findById(kgBranch.id()).orElseThrow().isInside(agProvince)).isTrue();
            assertThat(units.findByCode("kg").orElseThrow().retired()).isTrue();
            assertThat(units.allActive()).noneMatch(u -> u.level() == Level.HUYEN);
            // moved twice: under An Giang with its district, then directly under An Giang
            assertThat(units.history(kgDistrict.id())).extracting(UnitHistoryEntry::change)
                    .containsExactly(UnitChange.CREATED, UnitChange.MOVED, UnitChange.MERGED);
            assertThat(units.history(kgCommune.id())).extracting(UnitHistoryEntry::change)
                    .containsExactly(UnitChange.CREATED, UnitChange.MOVED);
        }

        @Test
        void aKienGiangPlanStillBindsTheFormerKienGiangUnitsNowUnderAnGiangAndNobodyElse() {
            plan();

            assertThat(dutiesOf(kgCommune)).anyMatch(duty -> duty.startsWith("KG21-MOITRUONG"));
            assertThat(dutiesOf(agProvince)).noneMatch(duty -> duty.startsWith("KG"));
            assertThat(dutiesOf(borderCommune)).noneMatch(duty -> duty.startsWith("KG"));
            assertThat(dutiesOf(units.findByCode("la-vh-hda").orElseThrow())).noneMatch(duty -> duty.startsWith("KG"));
        }

        @Test
        void aTayNinhPlanOf2021DoesNotBindTheFormerLongAnBranches() {
            plan();

            assertThat(dutiesOf(borderBranch)).anyMatch(duty -> duty.startsWith(BORDER_MEETING));
            assertThat(dutiesOf(townBranch)).anyMatch(duty -> duty.startsWith(COMMITTEE_MEETING));
            assertThat(dutiesOf(laBranch)).noneMatch(duty -> duty.startsWith("TN21"))
                    .anyMatch(duty -> duty.startsWith(MONTHLY_MEETING));
        }

        @Test
        void aReplanOfTheMergedProvinceKeepsTheOldReach() {
            plan();
            Unit ag = units.findById(agProvince.id()).orElseThrow();
            OccurrencePlanner.Replanned replanned = planner(HORIZON_DAYS, 60).replan(ReplanRequest.subtree(ag.path(), false, "unit.merge", null));
            Obligation environment = obligation("KG21-MOITRUONG");
            OccurrencePlanner.Replanned byObligation = planner(HORIZON_DAYS, 60).replan(ReplanRequest.obligation(environment.id(), false, "obligation.edit", null));

            assertThat(replanned.closed()).isZero();
            assertThat(byObligation.closed()).isZero();
            assertThat(dutiesOf(kgCommune)).anyMatch(duty -> duty.startsWith("KG21-MOITRUONG"));
        }
    }

    Unit unit(String code, String name, Level level, Unit parent, String... tags) {
        return units.create(code, name, level, parent == null ? null : parent.id(), Set.of(tags), VN, null);
    }

    Obligation obligation(String code) {
        return obligations.findByCode(code).orElseThrow();
    }

    Occurrence occurrence(String obligationCode, Unit unit, String periodKey) {
        return occurrences.find(obligation(obligationCode).id(), unit.id(), periodKey).orElseThrow();
    }

    /** "OBLIGATION-CODE period-key" for each occurrence of the unit, sorted. */
    List<String> dutiesOf(Unit unit) {
        return jdbc.sql("SELECT b.code || ' ' || o.period_key FROM occurrence o JOIN obligation b ON b.id = o.obligation_id "
                        + "WHERE o.unit_id = ? ORDER BY b.code, o.period_start")
                .param(unit.id()).query(String.class).list();
    }

    static Instant at(int year, int month, int day, int hour) {
        return ZonedDateTime.of(year, month, day, hour, 0, 0, 0, VN).toInstant();
    }
}
