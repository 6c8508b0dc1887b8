package vn.doan.nhacviec.scheduler.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.doan.nhacviec.data.catalog.CatalogLoader;
import vn.doan.nhacviec.data.catalog.LoadedCatalogFile;
import vn.doan.nhacviec.data.catalog.ObligationDefinition;
import vn.doan.nhacviec.data.catalog.PlanDefinition;
import vn.doan.nhacviec.data.time.VietnamTime;

/**
 * The dates of every obligation in {@code config/catalog}, worked out by hand from the YAML and the
 * {@link vn.doan.nhacviec.data.catalog.Recurrence} javadoc, checked against {@link PeriodCalculator}.
 * A new catalogue entry needs a row here before the build passes.
 */
class CatalogueDatesTest {

    static final ZoneId HCM = VietnamTime.ZONE;

    /**
     * One row per obligation code (more where a month is short or a year is long): a reference day
     * inside the plan's time in force, then the period containing it. End is exclusive; D is the
     * day of "trước ngày D", so the last day on time is D − 1. For {@code once} rules the period
     * runs from the plan's in_force_from to D and its key is D.
     */
    static final String TABLE = """
            # code                       day         key         start       end         D
            # dieu-le.yml: DIEU-LE, from 2012-01-01, no end
            DL-SH-CHIDOAN-THANG          2026-11-22  2026-11     2026-11-01  2026-12-01  2026-12-01
            DL-SH-CHIDOAN-THANG          2024-02-29  2024-02     2024-02-01  2024-03-01  2024-03-01
            DL-SH-CHIDOAN-THANG          2026-02-28  2026-02     2026-02-01  2026-03-01  2026-03-01
            DL-SH-CHIDOAN-THANG          2025-12-31  2025-12     2025-12-01  2026-01-01  2026-01-01

            # kg-250-2012.yml: KG-250-2012, 2012-07-31 to 2012-12-31
            KG250-HN-QUANTRIET           2012-08-15  2012-09-01  2012-07-31  2012-09-01  2012-09-01
            KG250-LAYYKIEN               2012-07-31  2012-08-30  2012-07-31  2012-08-30  2012-08-30
            KG250-KIEMDIEM               2012-09-10  2012-09-25  2012-07-31  2012-09-25  2012-09-25
            KG250-BC-KIEMDIEM            2012-09-29  2012-09-30  2012-07-31  2012-09-30  2012-09-30
            KG250-BC-HUYEN               2012-12-31  2013-01-01  2012-07-31  2013-01-01  2013-01-01

            # kg-76-2014.yml: KG-76-2014, 2014-04-04 to 2014-12-31
            KG76-BC-6THANG               2014-04-04  2014        2014-01-01  2015-01-01  2014-05-15
            KG76-BC-NAM                  2014-11-14  2014        2014-01-01  2015-01-01  2014-11-15
            KG76-MOHINH-DVK              2014-07-01  2015-01-01  2014-04-04  2015-01-01  2015-01-01
            KG76-DOITHOAI                2014-12-31  2014        2014-01-01  2015-01-01  2015-01-01
            KG76-HOITHI-BTCD             2014-05-01  2014        2014-01-01  2015-01-01  2015-01-01
            KG76-GIOITHIEU-DVUT          2014-09-02  2014        2014-01-01  2015-01-01  2015-01-01
            KG76-SOKET                   2014-11-20  2014        2014-01-01  2015-01-01  2015-01-01

            # kg-nqdh13-2021.yml: KG-NQDH13-2021, 2021-06-01 to 2025-12-31
            KG21-QUANTRIET               2021-06-01  2021        2021-01-01  2022-01-01  2022-01-01
            KG21-MOHINH-KINHTE           2022-03-15  2022        2022-01-01  2023-01-01  2023-01-01
            KG21-DUAN-KHOINGHIEP         2023-07-01  2023        2023-01-01  2024-01-01  2024-01-01
            KG21-MOITRUONG               2024-02-29  2024        2024-01-01  2025-01-01  2025-01-01
            KG21-TRONGCAY                2021-06-01  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-HUONGNGHIEP             2022-01-01  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-DAYNGHE                 2023-05-15  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-VIECLAM                 2024-02-29  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-YTUONG                  2025-12-31  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-MOHINH-YEUTHE           2025-12-31  2025        2025-01-01  2026-01-01  2026-01-01
            KG21-DIEM-VUICHOI            2021-09-02  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-THIEUNHI-KHOKHAN        2022-06-01  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-NGOAINGU                2025-06-30  2025        2025-01-01  2026-01-01  2026-01-01
            KG21-KETNAP                  2024-03-26  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-TAPHOP-65               2025-10-15  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-GIOITHIEU-DVUT          2023-12-31  2026-01-01  2021-06-01  2026-01-01  2026-01-01
            KG21-QUOCTE                  2022-12-31  2022        2022-01-01  2023-01-01  2023-01-01
            KG21-BC-6THANG               2022-05-14  2022        2022-01-01  2023-01-01  2022-05-15
            # 2021: the plan comes into force on 1/6, after that year's 6-month deadline
            KG21-BC-6THANG               2021-06-01  2021        2021-01-01  2022-01-01  2021-05-15
            KG21-BC-NAM                  2025-11-14  2025        2025-01-01  2026-01-01  2025-11-15

            # tn-ct06-2021.yml: TN-CT06-2021, 2021-08-01 to 2022-12-31
            TN21-TAPHUAN-TINH            2021-08-01  2021        2021-01-01  2022-01-01  2022-01-01
            TN21-TUYENDUONG-2NAM         2022-06-15  2021-2022   2021-01-01  2023-01-01  2023-01-01
            TN21-TUYENDUONG-2NAM         2021-08-01  2021-2022   2021-01-01  2023-01-01  2023-01-01
            TN21-DICOSO-60NGAY           2022-12-31  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-KIEMTRA-NAM             2021-10-10  2021        2021-01-01  2022-01-01  2022-01-01
            TN21-TAPHUAN-HUYEN           2022-04-30  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-DOITHOAI-HUYEN          2021-12-31  2021        2021-01-01  2022-01-01  2022-01-01
            TN21-RASOAT-QUY1             2022-03-31  2022        2022-01-01  2022-04-01  2022-04-01
            TN21-HOATDONG-QUY            2021-08-01  2021-Q3     2021-07-01  2021-10-01  2021-10-01
            TN21-HOATDONG-QUY            2022-02-28  2022-Q1     2022-01-01  2022-04-01  2022-04-01
            TN21-CT-BOIDUONG             2022-01-01  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-RASOAT-DVAO             2021-11-30  2021        2021-01-01  2022-01-01  2022-01-01
            TN21-KH-DEAN08               2022-02-28  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-HD-KETNAP               2022-09-01  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-LOP-CAMTINH             2021-09-15  2021        2021-01-01  2022-01-01  2022-01-01
            TN21-NGAY-DOANVIEN           2022-03-26  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-XEPLOAI-DV              2022-12-15  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-DOIMOI-NAM              2021-08-31  2021        2021-01-01  2022-01-01  2022-01-01
            TN21-GIAOBAN-QUY             2022-12-31  2022-Q4     2022-10-01  2023-01-01  2023-01-01
            TN21-HOP-BCH-CHIDOAN         2021-08-01  2021-08     2021-08-01  2021-09-01  2021-09-01
            TN21-HOP-BCH-CHIDOAN         2021-09-30  2021-09     2021-09-01  2021-10-01  2021-10-01
            TN21-HOP-BCH-CHIDOAN         2022-02-28  2022-02     2022-02-01  2022-03-01  2022-03-01
            TN21-SH-CHIDOAN-BIENGIOI     2022-02-28  2022-Q1     2022-01-01  2022-04-01  2022-04-01
            TN21-SH-CHIDOAN-BIENGIOI     2022-12-31  2022-Q4     2022-10-01  2023-01-01  2023-01-01
            TN21-SH-DINHKY-2022          2022-12-31  2023-01-01  2021-08-01  2023-01-01  2023-01-01
            TN21-QUYHOACH-CANBO          2022-07-01  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-DANGKY-LAMVIEC          2022-01-01  2022        2022-01-01  2022-04-01  2022-04-01
            TN21-SOKET                   2022-11-30  2022        2022-01-01  2023-01-01  2023-01-01
            TN21-GIAIPHAP-KH-NAM         2021-08-15  2021        2021-01-01  2022-01-01  2022-01-01
            TN21-BC-NAM                  2021-11-04  2021        2021-01-01  2022-01-01  2021-11-05
            TN21-BC-NAM                  2022-11-05  2022        2022-01-01  2023-01-01  2022-11-05

            # tn-dvk-2020.yml: TN-DVK-2020, 2020-05-01 to 2020-12-31 (2020 is a leap year with 53 ISO weeks)
            TN20-DOITHOAI-THIEUNHI       2020-05-01  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-RASOAT-DV-HV            2020-06-15  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-DOITHOAI                2020-05-01  2020        2020-01-01  2021-01-01  2021-01-01
            TN20-GIAOBAN-QUY             2020-05-01  2020-Q2     2020-04-01  2020-07-01  2020-07-01
            TN20-DICOSO-60NGAY           2020-12-31  2020        2020-01-01  2021-01-01  2021-01-01
            TN20-KIEMTRA-TAICHINH        2020-08-19  2020        2020-01-01  2021-01-01  2021-01-01
            TN20-LIENHOAN-YTUONG         2020-07-01  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-HOITHI-SANGTAO          2020-08-01  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-BANDO-DIACHIDO          2020-09-02  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-TIEUSU-BITHU            2020-10-20  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-THAPSANG-50KM           2020-11-30  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-THAPSANG-NLMT-10KM      2020-12-01  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-TROCHOI-10CUM           2020-12-31  2021-01-01  2020-05-01  2021-01-01  2021-01-01
            TN20-PHONGSU-QUY             2020-11-30  2020-Q4     2020-10-01  2021-01-01  2021-01-01
            TN20-TINTOT-NGAY             2020-06-30  2020-06-30  2020-06-30  2020-07-01  2020-07-01
            TN20-TINTOT-NGAY             2020-12-31  2020-12-31  2020-12-31  2021-01-01  2021-01-01
            # 1/5/2020 is a Friday, in the ISO week of Monday 27/4; 31/12/2020 is a Thursday, in week 53
            TN20-CAUCHUYEN-TUAN          2020-05-01  2020-W18    2020-04-27  2020-05-04  2020-05-04
            TN20-CAUCHUYEN-TUAN          2020-12-31  2020-W53    2020-12-28  2021-01-04  2021-01-04
            TN20-BC-TINHUY               2020-06-30  2020-H1     2020-01-01  2020-07-01  2020-07-01
            TN20-BC-TINHUY               2020-07-01  2020-H2     2020-07-01  2021-01-01  2021-01-01
            TN20-BC-KETQUA               2020-09-30  2020-10-01  2020-05-01  2020-10-01  2020-10-01
            """;

    /**
     * Periods whose last day on time (D − 1) falls after the plan's last day: catalogue entries that
     * look wrong, kept visible here rather than changed silently. Key: code and period key.
     */
    static final Map<String, String> KNOWN_OVERRUNS = Map.of(
            "TN20-CAUCHUYEN-TUAN 2020-W53",
            "the last ISO week of 2020 runs Monday 28/12/2020 to Sunday 03/01/2021, past the plan's end on 31/12/2020");

    record Row(String code, LocalDate day, String key, LocalDate start, LocalDate endExclusive, LocalDate deadline) {

        @Override
        public String toString() {
            return code + " on " + day;
        }
    }

    record Entry(PlanDefinition plan, ObligationDefinition obligation) {
    }

    static final Map<String, Entry> CATALOGUE = loadCatalogue();

    static Map<String, Entry> loadCatalogue() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (LoadedCatalogFile file : new CatalogLoader().load(Path.of("../config/catalog"))) {
            for (ObligationDefinition obligation : file.content().obligations()) {
                entries.put(obligation.code(), new Entry(file.content().plan(), obligation));
            }
        }
        return entries;
    }

    static List<Row> rows() {
        return TABLE.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\s+"))
                .map(c -> new Row(c[0], LocalDate.parse(c[1]), c[2], LocalDate.parse(c[3]), LocalDate.parse(c[4]),
                        LocalDate.parse(c[5])))
                .toList();
    }

    static Stream<Row> table() {
        return rows().stream();
    }

    @Nested
    class Table {

        @Test
        void hasARowForEveryObligationOfTheCatalogueAndNoOther() {
            Set<String> inTable = rows().stream().map(Row::code).collect(Collectors.toCollection(TreeSet::new));
            Set<String> withoutRow = new TreeSet<>(CATALOGUE.keySet());
            withoutRow.removeAll(inTable);
            Set<String> unknown = new TreeSet<>(inTable);
            unknown.removeAll(CATALOGUE.keySet());

            assertThat(withoutRow).as("obligations of config/catalog without a hand-worked row in TABLE").isEmpty();
            assertThat(unknown).as("rows of TABLE for codes that are not in config/catalog").isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("vn.doan.nhacviec.scheduler.recurrence.CatalogueDatesTest#table")
        void referenceDayIsInsideThePlansTimeInForce(Row row) {
            PlanDefinition plan = CATALOGUE.get(row.code()).plan();

            assertThat(row.day()).isAfterOrEqualTo(plan.effectiveFrom());
            if (plan.inForceUntil() != null) {
                assertThat(row.day()).isBeforeOrEqualTo(plan.inForceUntil());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void periodContainingTheReferenceDayIsTheHandWorkedOne(Row row) {
        Entry entry = CATALOGUE.get(row.code());

        Period period = PeriodCalculator.periodContaining(
                entry.obligation().recurrence(), entry.plan().effectiveFrom(), HCM, row.day()).orElseThrow();

        assertThat(period.key()).as("key").isEqualTo(row.key());
        assertThat(period.start()).as("start").isEqualTo(row.start());
        assertThat(period.endExclusive()).as("end (exclusive)").isEqualTo(row.endExclusive());
        assertThat(period.deadline()).as("deadline D").isEqualTo(row.deadline());
        assertThat(period.dueAt()).as("due at D 00:00 in Vietnam").isEqualTo(row.deadline().atStartOfDay(HCM).toInstant());
    }

    @Nested
    class DeadlinesInsideTheTimeInForce {

        /**
         * For plans with an end: of the periods the planner would create (overlapping the time in
         * force, D after its first day), those whose last day on time is after the plan's last day.
         * D itself may be the day after the end: "trước 01/01/2026" closes a term ending 31/12/2025.
         */
        @Test
        void noPeriodOutlivesItsPlanExceptTheKnownOnes() {
            List<String> overruns = new ArrayList<>();
            CATALOGUE.forEach((code, entry) -> {
                PlanDefinition plan = entry.plan();
                if (plan.inForceUntil() == null) {
                    return;
                }
                for (Period p : periodsInForce(entry)) {
                    if (p.lastDay().isAfter(plan.inForceUntil())) {
                        overruns.add(code + " " + p.key());
                    }
                }
            });

            assertThat(overruns)
                    .as("periods due after their plan ends; known and reported: %s", KNOWN_OVERRUNS)
                    .containsExactlyInAnyOrderElementsOf(KNOWN_OVERRUNS.keySet());
        }

        @Test
        void everyObligationHasAtLeastOnePeriodDueWhileItsPlanIsInForce() {
            List<String> neverDue = CATALOGUE.entrySet().stream()
                    .filter(e -> e.getValue().plan().inForceUntil() != null)
                    .filter(e -> periodsInForce(e.getValue()).stream()
                            .noneMatch(p -> !p.lastDay().isAfter(e.getValue().plan().inForceUntil())))
                    .map(Map.Entry::getKey)
                    .toList();

            assertThat(neverDue).isEmpty();
        }

        private static List<Period> periodsInForce(Entry entry) {
            PlanDefinition plan = entry.plan();
            return PeriodCalculator.periods(entry.obligation().recurrence(), plan.effectiveFrom(), HCM,
                            plan.effectiveFrom(), plan.inForceUntil().plusDays(1)).stream()
                    .filter(p -> p.deadline().isAfter(plan.effectiveFrom()))
                    .toList();
        }
    }
}
